import { describe, expect, it } from 'vitest';
import { computeBaseAngles, FULL_VIEW, viewFor } from '../../src/layout/angles';
import { textArcPath } from '../../src/layout/labels';
import { computeRadialLayout, project, stillLayouts } from '../../src/layout/radial';
import { ringRadii } from '../../src/layout/rings';
import { bundledModel, smallModel } from './helpers';

const TAU = Math.PI * 2;

describe.each([
  ['the NAM model', bundledModel()],
  ['a small model of another shape', smallModel()],
])('base angles of %s', (_, model) => {
  const base = computeBaseAngles(model);
  const factors = model.domains.flatMap((d) => d.factors);

  it('gives every factor exactly one segment', () => {
    expect(base.factors.map((f) => f.id).sort()).toEqual(factors.map((f) => f.id).sort());
  });

  it('keeps every arc inside the circle with positive width', () => {
    for (const a of [...base.factors, ...base.domains, ...base.groups]) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(1 + 1e-9);
      expect(a.x1).toBeGreaterThan(a.x0);
    }
  });

  it('never overlaps two factors, and the factors with the gaps cover the whole circle', () => {
    const sorted = [...base.factors].sort((a, b) => a.x0 - b.x0);
    sorted.slice(1).forEach((f, i) => expect(f.x0).toBeGreaterThanOrEqual(sorted[i]!.x1 - 1e-12));
    // The only empty space is the gaps: none wider than two of the narrowest factors.
    const narrowest = Math.min(...base.factors.map((f) => f.x1 - f.x0));
    const gaps = sorted.slice(1).map((f, i) => f.x0 - sorted[i]!.x1);
    gaps.push(1 - sorted.at(-1)!.x1 + sorted[0]!.x0);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(2 * narrowest);
    const covered = base.factors.reduce((s, f) => s + (f.x1 - f.x0), 0);
    expect(covered + gaps.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('puts each domain exactly around its factors, and each group around its domains', () => {
    for (const d of base.domains) {
      const own = base.factors.filter((f) => f.parentId === d.id);
      expect(d.x0).toBeCloseTo(Math.min(...own.map((f) => f.x0)), 12);
      expect(d.x1).toBeCloseTo(Math.max(...own.map((f) => f.x1)), 12);
      const group = base.groups.find((g) => g.id === d.parentId)!;
      expect(d.x0).toBeGreaterThanOrEqual(group.x0 - 1e-12);
      expect(d.x1).toBeLessThanOrEqual(group.x1 + 1e-12);
    }
  });

  it('numbers factors within their domain for "factor n of m"', () => {
    for (const d of model.domains)
      d.factors.forEach((f, i) => {
        const arc = base.factors.find((a) => a.id === f.id)!;
        expect([arc.index, arc.count]).toEqual([i, d.factors.length]);
      });
  });
});

describe('the radial layout', () => {
  const model = bundledModel();
  const base = computeBaseAngles(model);

  it('draws every domain and factor at the top level, with angles matching the base', () => {
    const layout = computeRadialLayout(model, base, FULL_VIEW, 320);
    expect(layout.domains).toHaveLength(7);
    expect(layout.factors).toHaveLength(67);
    const first = layout.factors[0]!;
    expect(first.startAngle).toBeCloseTo(base.factors[0]!.x0 * TAU, 10);
    for (const s of layout.factors) expect(s.path).toMatch(/^M/);
  });

  it('fits a readable label (at least 9 px) on every segment at laptop and projector radii', () => {
    for (const radius of [316, 330, 345]) {
      const layout = computeRadialLayout(model, base, FULL_VIEW, radius);
      for (const s of [...layout.domains, ...layout.factors]) {
        expect(s.label, `${s.id} at radius ${radius}`).not.toBeNull();
        expect(s.label!.fontSize).toBeGreaterThanOrEqual(9);
      }
    }
  });

  it('names every domain in full on a laptop', () => {
    const layout = computeRadialLayout(model, base, FULL_VIEW, 330);
    for (const d of layout.domains) {
      const label = model.domains.find((x) => x.id === d.id)!.label;
      expect(d.label!.lines.join(' ').replace('/ ', '/'), d.id).toBe(label);
    }
  });

  it('drops labels that cannot be read on a small phone rather than drawing them too small', () => {
    const layout = computeRadialLayout(model, base, FULL_VIEW, 170);
    const shown = layout.factors.filter((s) => s.label);
    for (const s of shown) expect(s.label!.fontSize).toBeGreaterThanOrEqual(10);
    expect(shown.length).toBeLessThan(67);
  });

  it('zooms a domain round the whole circle and hides the others', () => {
    const domain = base.domains.find((d) => d.id === 'rules-and-regulations')!;
    const layout = computeRadialLayout(model, base, viewFor(domain), 320);
    expect(layout.domains.map((d) => d.id)).toEqual(['rules-and-regulations']);
    expect(layout.domains[0]!.startAngle).toBeCloseTo(0, 10);
    expect(layout.domains[0]!.endAngle).toBeCloseTo(TAU, 10);
    expect(layout.factors).toHaveLength(9);
    // Wide zoomed segments read their full names.
    expect(layout.factors.every((f) => f.label?.mode === 'horizontal')).toBe(true);
  });

  it('leaves out ring labels for frames in mid-zoom, but keeps the centre’s', () => {
    const layout = computeRadialLayout(
      model,
      base,
      { x0: 0.1, x1: 0.9 } as ReturnType<typeof viewFor>,
      320,
      {
        labels: false,
      },
    );
    expect(
      [...layout.domains, ...layout.factors, ...layout.groups].every((s) => s.label === null),
    ).toBe(true);
    expect(layout.centre[0]?.label).not.toBeNull();
    expect(layout.factors.length).toBeGreaterThan(0);
  });

  it('clamps angles outside the view', () => {
    const view = { x0: 0.25, x1: 0.5 } as ReturnType<typeof viewFor>;
    expect(project(0.1, view)).toBe(0);
    expect(project(0.375, view)).toBeCloseTo(Math.PI, 12);
    expect(project(0.9, view)).toBeCloseTo(TAU, 12);
  });

  it('reverses text arcs on the bottom half so they read left to right', () => {
    expect(textArcPath(-0.3, 0.3, 100)).toContain(' 0 0 1 ');
    expect(textArcPath(Math.PI - 0.3, Math.PI + 0.3, 100)).toContain(' 0 0 0 ');
  });

  it('is deterministic: a rounded snapshot of the first segments', () => {
    const layout = computeRadialLayout(model, base, FULL_VIEW, 300);
    const round = (n: number) => Math.round(n * 1000) / 1000;
    expect(
      layout.factors.slice(0, 2).map((s) => ({
        id: s.id,
        start: round(s.startAngle),
        end: round(s.endAngle),
        label: s.label && { mode: s.label.mode, lines: s.label.lines, size: s.label.fontSize },
      })),
    ).toMatchInlineSnapshot(`
      [
        {
          "end": 0.155,
          "id": "societal-expectations",
          "label": {
            "lines": [
              "Societal expectations",
            ],
            "mode": "radial",
            "size": 10.5,
          },
          "start": 0.057,
        },
        {
          "end": 0.253,
          "id": "culture-of-safety-and-transparency",
          "label": {
            "lines": [
              "Culture of safety",
            ],
            "mode": "radial",
            "size": 12,
          },
          "start": 0.155,
        },
      ]
    `);
  });
});

describe('ring radii', () => {
  it('stacks the rings outward without overlap', () => {
    const r = ringRadii(300, 3);
    const bands = [...r.centre, r.domain, r.factor, r.group];
    bands.slice(1).forEach((b, i) => expect(b.inner).toBeGreaterThanOrEqual(bands[i]!.outer));
    expect(r.group.outer).toBe(300);
  });

  it('copes with a single centre ring', () => {
    expect(ringRadii(100, 1).centre).toEqual([{ inner: 0, outer: 25 }]);
  });
});

describe('layouts of views the diagram stands still at', () => {
  const model = bundledModel();
  const base = computeBaseAngles(model);

  it('lays each view out once, as a whole layout, and a new view anew', () => {
    const still = stillLayouts(model, base, 380);
    const whole = still(FULL_VIEW);
    expect(still(FULL_VIEW)).toBe(whole);
    expect(whole).toEqual(computeRadialLayout(model, base, FULL_VIEW, 380));
    const zoomed = viewFor(base.domains[0]!);
    expect(still(zoomed)).not.toBe(whole);
    expect(still(zoomed)).toBe(still(zoomed));
    // Another radius is another set of layouts.
    expect(stillLayouts(model, base, 200)(FULL_VIEW).radius).toBe(200);
  });
});
