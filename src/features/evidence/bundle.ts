import { curveBundle, line } from 'd3-shape';
import type { Segment } from '../../layout/radial';
import { polar, radians } from '../../layout/units';
import type { Direction, Grade } from '../../model/types';

/** Where an outcome sits on the map: a column beside the circle, grouped by category. */
export interface OutcomeNode {
  id: string;
  label: string;
  category: string;
  x: number;
  y: number;
}

/**
 * Lays the outcomes out in a column to the right of the circle (in the diagram's coordinates,
 * centre at 0,0), one category after another with a gap between them. Returns null when the
 * space beside the circle is too narrow for labels; the table serves then.
 * @example outcomeColumn([{ id: 'a', label: 'A', category: 'c' }], 300, 1000, 640)?.[0].x // 324
 */
export function outcomeColumn(
  outcomes: readonly { id: string; label: string; category: string }[],
  radius: number,
  width: number,
  height: number,
  minRoom = 170,
): OutcomeNode[] | null {
  const room = width / 2 - radius;
  if (room < minRoom || outcomes.length === 0) return null;
  const categories = [...new Set(outcomes.map((o) => o.category))];
  const slots = outcomes.length + (categories.length - 1) * 0.8;
  const top = -height / 2 + 24;
  const step = Math.min(34, (height - 48) / Math.max(1, slots - 1));
  const span = step * (slots - 1);
  const start = Math.max(top, -span / 2);
  let cursor = start;
  const out: OutcomeNode[] = [];
  categories.forEach((category, c) => {
    if (c > 0) cursor += step * 0.8;
    for (const o of outcomes.filter((x) => x.category === category)) {
      out.push({ ...o, x: radius + 24, y: cursor });
      cursor += step;
    }
  });
  return out;
}

const bundled = line<[number, number]>().curve(curveBundle.beta(0.85));

/**
 * A factor → outcome link as a bundled curve (hierarchical edge bundling): from the factor, through
 * its domain, the centre of the circle and the outcome's category, to the outcome. Links that
 * share a domain or a category run together.
 */
export function linkPath(
  factor: Segment,
  domain: Segment,
  node: OutcomeNode,
  hubX: number,
): string {
  const angle = (s: Segment) => (s.startAngle + s.endAngle) / 2;
  const at = (s: Segment, r: number) => {
    const p = polar(radians(angle(s)), r);
    return [p.x, p.y] as [number, number];
  };
  const points: [number, number][] = [
    at(factor, factor.innerRadius),
    at(domain, domain.innerRadius * 0.85),
    [domain.innerRadius * 0.15, 0],
    [hubX, node.y * 0.6],
    [node.x - 6, node.y],
  ];
  return bundled(points) ?? '';
}

/** How a link is drawn: width and dash for its grade, so colour is never the only signal. */
export const GRADE_STROKE: Record<Grade, { width: number; dash?: string }> = {
  strong: { width: 3.5 },
  moderate: { width: 2 },
  emerging: { width: 1.5, dash: '4 3' },
};

/** The mark at a link's outcome end, by direction: an arrow (raises), a bar (lowers), a ring (protects). */
export const DIRECTION_MARK: Record<Direction, { marker: string; label: string }> = {
  raises: { marker: 'arrow', label: 'raises the risk' },
  lowers: { marker: 'bar', label: 'lowers it' },
  protects: { marker: 'ring', label: 'protects' },
};
