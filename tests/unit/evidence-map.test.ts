import { describe, expect, it } from 'vitest';
import { linkPath } from '../../src/features/evidence/bundle';
import {
  heightAboveBelow,
  placeOutcomes,
  roomBeside,
  splitInTwo,
} from '../../src/features/evidence/placement';
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
const short = index.model.outcomes.map((o) => ({
  id: o.id,
  label: o.shortLabel ?? o.label,
  category: o.category,
}));

describe('where the outcomes go', () => {
  const categories = index.model.outcomeCategories;
  const shortOutcomes = short;

  it('splits the categories in two, as evenly as their outcomes allow', () => {
    expect(splitInTwo([7, 6, 4])).toBe(1);
    expect(splitInTwo([3, 3, 3, 3])).toBe(2);
    expect(splitInTwo([5])).toBe(1);
  });

  it('beside the circle on a wide map: clear of it, inside the drawing, never touching', () => {
    const size = { width: 1248, height: 600 };
    const radius = 296;
    const placed = placeOutcomes(shortOutcomes, categories, radius, size)!;
    expect(placed.arrangement).toBe('beside');
    expect(placed.nodes).toHaveLength(shortOutcomes.length);
    for (const n of placed.nodes) {
      expect(Math.abs(n.x)).toBeGreaterThan(radius);
      expect(Math.abs(n.y)).toBeLessThanOrEqual(size.height / 2);
      expect(n.side === 'left' ? n.x < 0 : n.x > 0, n.id).toBe(true);
    }
    // Each side in category order, rows far enough apart that labels never touch.
    for (const side of ['left', 'right'] as const) {
      const ys = placed.nodes.filter((n) => n.side === side).map((n) => n.y);
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(placed.fontSize * 1.75);
    }
    // The clinicians' outcomes on one side, the patients' and the system's on the other.
    const sideOf = (id: string) => placed.nodes.find((n) => n.id === id)!.side;
    expect(sideOf('burnout')).toBe('left');
    expect(sideOf('medical-errors')).toBe('right');
    expect(sideOf('health-system-cost')).toBe('right');
  });

  it('above and below the circle on an upright map', () => {
    const width = 358;
    const height = heightAboveBelow(shortOutcomes, categories, width);
    expect(height).toBeGreaterThan(width);
    const placed = placeOutcomes(shortOutcomes, categories, width / 2 - 4, { width, height })!;
    expect(placed.arrangement).toBe('above-below');
    for (const n of placed.nodes) {
      expect(Math.abs(n.y)).toBeGreaterThan(width / 2);
      expect(Math.abs(n.y)).toBeLessThanOrEqual(height / 2);
      expect(n.x).toBeGreaterThanOrEqual(-width / 2);
    }
  });

  it('is left out when there is no room at all (the table serves then)', () => {
    expect(placeOutcomes(shortOutcomes, categories, 300, { width: 620, height: 640 })).toBeNull();
  });

  it('leaves enough room beside the circle for its widest label', () => {
    const room = roomBeside(shortOutcomes, categories, 11);
    const radius = 300;
    const width = 2 * (radius + 4 + room);
    expect(
      placeOutcomes(shortOutcomes, categories, radius, { width, height: 2 * radius + 8 })
        ?.arrangement,
    ).toBe('beside');
  });
});

describe('bundled links', () => {
  const base = computeBaseAngles(index.model);
  const layout = computeRadialLayout(index.model, base, FULL_VIEW, 300);
  const seg = (id: string) => [...layout.domains, ...layout.factors].find((s) => s.id === id)!;
  const nodes = placeOutcomes(short, index.model.outcomeCategories, 300, {
    width: 1400,
    height: 640,
  })!.nodes;

  it('start at the factor and end at the outcome, coming from the circle', () => {
    const node = nodes.find((n) => n.id === 'burnout')!;
    const d = linkPath(seg('work-schedules'), seg('learning-practice-environment'), node, 210);
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const factor = seg('work-schedules');
    const angle = (factor.startAngle + factor.endAngle) / 2;
    expect(numbers[0]).toBeCloseTo(Math.sin(angle) * factor.innerRadius, 1);
    expect(numbers[1]).toBeCloseTo(-Math.cos(angle) * factor.innerRadius, 1);
    // Burnout is on the left: the link ends just inside its dot, on the circle's side.
    expect(node.side).toBe('left');
    expect(numbers.at(-2)).toBeCloseTo(node.x + 5, 1);
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
