import { curveBundle, line } from 'd3-shape';
import type { Segment } from '../../layout/radial';
import { polar, radians } from '../../layout/units';
import type { Direction, Grade } from '../../model/types';
import type { OutcomeNode, Side } from './placement';

const bundled = line<[number, number]>().curve(curveBundle.beta(0.85));

/** Which way each side of the circle lies from its centre. */
const OUTWARD: Record<Side, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  top: [0, -1],
  bottom: [0, 1],
};

/**
 * A factor → outcome link as a bundled curve (hierarchical edge bundling): from the factor, through
 * its domain and the middle of the circle, then out towards the outcome's side of the circle, to
 * the outcome. Links that share a domain or a side run together.
 */
export function linkPath(factor: Segment, domain: Segment, node: OutcomeNode, hub: number): string {
  const angle = (s: Segment) => (s.startAngle + s.endAngle) / 2;
  const at = (s: Segment, r: number) => {
    const p = polar(radians(angle(s)), r);
    return [p.x, p.y] as [number, number];
  };
  const [dx, dy] = OUTWARD[node.side];
  const middle = domain.innerRadius * 0.15;
  const start: [number, number][] = [
    at(factor, factor.innerRadius),
    at(domain, domain.innerRadius * 0.85),
    [dx * middle, dy * middle],
  ];
  const { lane } = node;
  if (lane) {
    // Into its lane at the outcomes' edge, along it, and in to the dot: straight, so it keeps
    // clear of the other outcomes' labels.
    const curve = bundled([...start, [lane.x * 0.6, dy * hub], [lane.x, lane.y]]) ?? '';
    const r = (v: number) => v.toFixed(2);
    return `${curve}L${r(lane.x)},${r(node.y)}L${r(node.x - 5)},${r(node.y)}`;
  }
  return bundled([...start, [dx * hub, node.y * 0.6], [node.x - dx * 5, node.y]]) ?? '';
}

/** A link's colour by its direction (dark enough to read on white at 3:1 and more). */
export const LINK_INK = { raises: '#8f2d0b', lowers: '#1b5e20', protects: '#0b4f8a' } as const;

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
