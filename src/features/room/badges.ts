import type { Segment } from '../../layout/radial';
import { polar, radians } from '../../layout/units';
import type { FactorCount } from './protocol';

export interface Badge {
  id: string;
  x: number;
  y: number;
  width: number;
  parts: { kind: 'drains' | 'sustains' | 'picks'; count: number; x: number }[];
}

/** Width of one glyph and its number, by the number's digits. */
const partWidth = (count: number) => 13 + 9 * String(count).length + 6;

/**
 * Where each factor's counts go on the diagram: a badge just inside the outer edge of its segment,
 * on the segment's middle radius line, holding a part for each non-zero count. Factors nobody
 * marked get no badge, and factors not drawn (another domain, zoomed away) none either.
 * @example badgesFor(segments, { ehr: { drains: 3, sustains: 0, picks: 0 } })[0].parts // [{ kind: 'drains', count: 3, x: 4 }]
 */
export function badgesFor(
  segments: ReadonlyMap<string, Segment>,
  counts: Readonly<Record<string, FactorCount>>,
): Badge[] {
  const badges: Badge[] = [];
  for (const [id, count] of Object.entries(counts)) {
    const segment = segments.get(id);
    if (!segment || segment.kind !== 'factor') continue;
    const parts: Badge['parts'] = [];
    let x = 4;
    for (const kind of ['drains', 'sustains', 'picks'] as const) {
      if (count[kind] <= 0) continue;
      parts.push({ kind, count: count[kind], x });
      x += partWidth(count[kind]);
    }
    if (parts.length === 0) continue;
    const at = polar(
      radians((segment.startAngle + segment.endAngle) / 2),
      Math.max(segment.innerRadius, segment.outerRadius - 14),
    );
    badges.push({ id, x: at.x, y: at.y, width: x, parts });
  }
  return badges;
}
