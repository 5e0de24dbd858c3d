import { describe, expect, it } from 'vitest';
import { computeBaseAngles, FULL_VIEW, viewFor } from '../../src/layout/angles';
import {
  centreHint,
  fitLabel,
  labelTexts,
  shortenedForms,
  type Label,
  type Wedge,
} from '../../src/layout/labels';
import { computeRadialLayout } from '../../src/layout/radial';
import { MIN_CENTRE_PX, ringRadii } from '../../src/layout/rings';
import { bundledModel } from './helpers';

const text = (label: Label | null) => (label ? label.lines.join(' ') : null);
const wedge = (end: number, inner: number, outer: number): Wedge => ({
  start: 0,
  end,
  inner,
  outer,
});

describe('shortened forms of a name', () => {
  it.each([
    ['Health Care Responsibilities', ['Health Care…', 'Health…', 'Heal…', 'Hea…']],
    // A dangling "&" or slash is left off before the ellipsis.
    ['Skills & Abilities', ['Skills…', 'Skil…', 'Ski…']],
    [
      'Learning/Practice Environment',
      ['Learning/Practice…', 'Learning…', 'Learni…', 'Lear…', 'Lea…'],
    ],
    ['Organizational', ['Organizati…', 'Organiza…', 'Organi…', 'Orga…', 'Org…']],
    ['Sleep', ['Sle…']],
  ])('%s', (name, forms) => {
    expect(shortenedForms(name)).toEqual(forms);
  });

  it('come after the full and the short label, and never for a factor', () => {
    const named = { label: 'Health Care Responsibilities', shortLabel: 'Responsibilities' };
    expect(labelTexts('domain', named).slice(0, 3)).toEqual([
      'Health Care Responsibilities',
      'Responsibilities',
      'Health Care…',
    ]);
    expect(labelTexts('factor', named)).toEqual([
      'Health Care Responsibilities',
      'Responsibilities',
    ]);
  });
});

describe('fitting a label, fallback by fallback', () => {
  const domain = { label: 'Health Care Responsibilities', shortLabel: 'Responsibilities' };
  // Segment size (angle in radians, inner and outer radius in px) → what is drawn.
  it.each([
    [
      'a wide domain: the full label, along the ring',
      wedge(1, 80, 200),
      'Health Care Responsibilities',
      'curved',
    ],
    ['narrower: the short label', wedge(0.8, 60, 140), 'Responsibilities', 'curved'],
    ['narrower still: a shortened form', wedge(0.6, 60, 120), 'Health Care…', 'curved'],
    [
      'deep and narrow: the shortened form along the radius',
      wedge(0.4, 60, 110),
      'Health Care…',
      'radial',
    ],
    ['thinner: the first word cut short', wedge(0.25, 60, 100), 'Heal…', 'radial'],
    ['too thin for even that: nothing', wedge(0.1, 60, 100), null, null],
  ])('domain, %s', (_, w, expected, mode) => {
    const label = fitLabel('domain', w, domain);
    expect(text(label)).toBe(expected);
    expect(label?.mode ?? null).toBe(mode);
    if (label) expect(label.fontSize).toBeGreaterThanOrEqual(9);
  });

  const factor = {
    label: 'Workload, performance, compensation, and value attributed to work elements',
    shortLabel: 'Workload & value',
  };
  it.each([
    ['zoomed in: the full label, level', wedge(1.2, 160, 300), factor.label],
    ['on the ring: the short label, along the radius', wedge(0.09, 160, 300), 'Workload & value'],
    ['thinner: the short label at the smallest size', wedge(0.07, 160, 300), 'Workload & value'],
    // No shortened form: the zoom shows it.
    ['too thin to read: no label', wedge(0.05, 160, 300), null],
  ])('factor, %s', (_, w, expected) => {
    const label = fitLabel('factor', w, factor);
    expect(text(label)).toBe(expected);
    if (label) expect(label.fontSize).toBeGreaterThanOrEqual(9);
  });

  it('a band of factors drawn as one says how many it holds', () => {
    expect(
      text(fitLabel('band', wedge(0.5, 160, 300), { label: '12 factors', shortLabel: '12' })),
    ).toBe('12 factors');
    // A thin band along a phone's narrow factor ring says it along the ring.
    const thin = fitLabel('band', wedge(0.7, 150, 175), { label: '12 factors', shortLabel: '12' });
    expect(thin?.mode).toBe('curved');
  });

  it.each([
    [60, 'Clinician Well-Being'],
    [MIN_CENTRE_PX, 'Clinician Well-Being'],
    [30, 'Clinic…'],
  ])('the centre disc of radius %d reads %s', (r, expected) => {
    expect(
      text(fitLabel('centre', wedge(Math.PI * 2, 0, r), { label: 'Clinician Well-Being' })),
    ).toBe(expected);
  });

  it('the zoomed centre’s hint is shorter, or left out, where the disc is small', () => {
    const name = fitLabel('centre', wedge(Math.PI * 2, 0, 80), { label: 'Clinician Well-Being' });
    expect(centreHint(80, name)?.text).toBe('← Whole model');
    expect(
      centreHint(
        MIN_CENTRE_PX,
        fitLabel('centre', wedge(7, 0, MIN_CENTRE_PX), { label: 'Clinician Well-Being' }),
      )?.text,
    ).toBe('← Back');
    expect(centreHint(20, name)).toBeNull();
  });
});

describe('the NAM model named at every size', () => {
  const model = bundledModel();
  const base = computeBaseAngles(model);
  // Radii of the drawing from a 320 px phone to a 1920 px screen.
  it.each([146, 160, 172, 186, 236, 266, 290, 330, 380, 420])('radius %d', (radius) => {
    const layout = computeRadialLayout(model, base, FULL_VIEW, radius);
    expect(layout.centre[0]?.label, 'the centre').not.toBeNull();
    expect(text(layout.centre[0]!.label)).toBe('Clinician Well-Being');
    for (const d of layout.domains) {
      expect(d.label, d.id).not.toBeNull();
      expect(d.label!.fontSize, d.id).toBeGreaterThanOrEqual(9);
    }
    for (const s of [...layout.factors, ...layout.centre, ...layout.groups])
      if (s.label) expect(s.label.fontSize).toBeGreaterThanOrEqual(9);
    // Factors are labelled nearly all together or not at all: the factor ring makes room for
    // their labels only where most can be read.
    const labelled = layout.factors.filter((f) => f.label).length;
    expect(labelled === 0 || labelled >= layout.factors.length * 0.9, `${labelled} labelled`).toBe(
      true,
    );
  });

  it('names a zoomed domain and its factors on a phone', () => {
    for (const d of base.domains) {
      const layout = computeRadialLayout(model, base, viewFor(d), 172);
      const named = model.domains.find((x) => x.id === d.id)!;
      expect([named.label, named.shortLabel], d.id).toContain(text(layout.domains[0]!.label));
      expect(layout.factors.filter((f) => f.label).length, d.id).toBeGreaterThan(
        layout.factors.length / 2,
      );
    }
  });
});

describe('the rings', () => {
  it('give the domains the factor ring’s room where factors cannot be labelled', () => {
    const full = ringRadii(300, 3, 1);
    const compact = ringRadii(300, 3, 0);
    expect(full.domain.outer).toBeCloseTo(150);
    expect(compact.domain.outer).toBeCloseTo(240);
    expect(compact.factor.inner).toBeGreaterThan(compact.domain.outer);
    expect(compact.factor.outer).toBe(full.factor.outer);
  });

  it('keep room for the centre’s name on a small drawing', () => {
    // At most a quarter of the radius, where the whole drawing is small.
    expect(ringRadii(160, 3).centre[0]!.outer).toBe(MIN_CENTRE_PX);
    expect(ringRadii(120, 3).centre[0]!.outer).toBe(30);
    expect(ringRadii(400, 3).centre[0]!.outer).toBeCloseTo(48);
  });
});
