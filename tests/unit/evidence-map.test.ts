import { describe, expect, it } from 'vitest';
import { linkPath, outcomeColumn } from '../../src/features/evidence/bundle';
import {
  filterLinks,
  litByOutcome,
  parseEvidenceFilters,
} from '../../src/features/evidence/filter';
import { computeBaseAngles, FULL_VIEW } from '../../src/layout/angles';
import { computeRadialLayout } from '../../src/layout/radial';
import { buildResourceIndex } from '../../src/model/resourceIndex';
import { bundledIndex, resourceLibrary } from './helpers';

const index = bundledIndex();
const outcomes = index.model.outcomes.map((o) => ({
  id: o.id,
  label: o.label,
  category: o.category,
}));

describe('the outcome column', () => {
  it('sits beside the circle, in category order, evenly spaced, within the drawing', () => {
    const nodes = outcomeColumn(outcomes, 300, 1000, 640)!;
    expect(nodes).toHaveLength(outcomes.length);
    for (const n of nodes) {
      expect(n.x).toBe(324);
      expect(Math.abs(n.y)).toBeLessThanOrEqual(320);
    }
    const ys = nodes.map((n) => n.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const categories = nodes.map((n) => n.category);
    expect(categories).toEqual(
      [...categories].sort((a, b) => categories.indexOf(a) - categories.indexOf(b)),
    );
  });

  it('gives way to the table when there is no room beside the circle', () => {
    expect(outcomeColumn(outcomes, 300, 620, 640)).toBeNull();
  });
});

describe('bundled links', () => {
  const base = computeBaseAngles(index.model);
  const layout = computeRadialLayout(index.model, base, FULL_VIEW, 300);
  const seg = (id: string) => [...layout.domains, ...layout.factors].find((s) => s.id === id)!;
  const nodes = outcomeColumn(outcomes, 300, 1000, 640)!;

  it('start at the factor and end at the outcome', () => {
    const node = nodes.find((n) => n.id === 'burnout')!;
    const d = linkPath(seg('work-schedules'), seg('learning-practice-environment'), node, 210);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const factor = seg('work-schedules');
    const angle = (factor.startAngle + factor.endAngle) / 2;
    expect(numbers[0]).toBeCloseTo(Math.sin(angle) * factor.innerRadius, 1);
    expect(numbers[1]).toBeCloseTo(-Math.cos(angle) * factor.innerRadius, 1);
    expect(numbers.at(-2)).toBeCloseTo(node.x - 6, 1);
    expect(numbers.at(-1)).toBeCloseTo(node.y, 1);
  });

  it('run together for factors of one domain, apart for different domains', () => {
    const node = nodes[0]!;
    const a = linkPath(seg('work-schedules'), seg('learning-practice-environment'), node, 210);
    const b = linkPath(seg('autonomy'), seg('learning-practice-environment'), node, 210);
    const c = linkPath(seg('media-portrayal'), seg('society-and-culture'), node, 210);
    const mid = (d: string) =>
      d
        .match(/-?\d+(\.\d+)?/g)!
        .map(Number)
        .slice(6, 8);
    const dist = (p: number[], q: number[]) => Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!);
    expect(dist(mid(a), mid(b))).toBeLessThan(dist(mid(a), mid(c)));
  });
});

describe('filtering the links', () => {
  const resources = buildResourceIndex(resourceLibrary());
  const links = index.model.links;

  it('by grade and direction, from the URL, ignoring unknown values', () => {
    const f = parseEvidenceFilters(new URLSearchParams('grade=strong&direction=sideways'));
    expect(f).toEqual({ grade: 'strong', direction: null, audience: null, type: null });
    const strong = filterLinks(links, f, resources);
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.every((l) => l.grade === 'strong')).toBe(true);
  });

  it('by audience and type, through the resources behind each link', () => {
    const f = parseEvidenceFilters(new URLSearchParams('audience=nurse&type=meta-analysis'));
    const kept = filterLinks(links, f, resources);
    expect(kept.length).toBeLessThan(links.length);
    for (const l of kept)
      expect(
        l.resources.some((id) => {
          const r = resources.byId.get(id)!;
          return (
            r.type === 'meta-analysis' &&
            (r.audience.includes('nurse') || r.audience.includes('everyone'))
          );
        }),
      ).toBe(true);
  });

  it('lights the factors, and their domains, that an outcome is linked to', () => {
    const lit = litByOutcome(index, links, 'burnout');
    expect(lit.has('work-schedules')).toBe(true);
    expect(lit.has('learning-practice-environment')).toBe(true);
    expect(lit.has('media-portrayal')).toBe(false);
  });
});
