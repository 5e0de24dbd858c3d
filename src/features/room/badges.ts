import type { Segment } from '../../layout/radial';
import { estimateTextWidth } from '../../layout/text';
import { polar, radians } from '../../layout/units';
import type { FactorCount } from './protocol';

export interface Badge {
  id: string;
  /** The badge's centre, its size, and its parts' places from its top left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Degrees: 0 upright; on a thin segment the badge lies along the radius, as its name does. */
  rotate: number;
  parts: { kind: 'drains' | 'sustains' | 'picks'; count: number; x: number; y: number }[];
}

const HEIGHT = 22;

const LINE_HEIGHT = 1.15;

/** Width of one glyph and its number, by the number's digits. */
const partWidth = (count: number) => 13 + 9 * String(count).length + 6;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Where a segment's label lies: a box around its text (turned with it, for a label along the
 * radius), or for a label that follows the ring, the band of radii it takes.
 */
function labelPlace(segment: Segment): { box: Box } | { band: [number, number] } | null {
  const label = segment.label;
  if (!label) return null;
  const width = Math.max(...label.lines.map((l) => estimateTextWidth(l, label.fontSize)));
  const height = label.lines.length * label.fontSize * LINE_HEIGHT;
  if (label.mode === 'curved') {
    const mid = (segment.innerRadius + segment.outerRadius) / 2;
    return { band: [mid - height / 2, mid + height / 2] };
  }
  const turn = label.mode === 'radial' ? (label.rotate * Math.PI) / 180 : 0;
  const c = Math.abs(Math.cos(turn));
  const s = Math.abs(Math.sin(turn));
  const hw = (width * c + height * s) / 2 + 2;
  const hh = (width * s + height * c) / 2 + 2;
  return { box: { x0: label.x - hw, y0: label.y - hh, x1: label.x + hw, y1: label.y + hh } };
}

const TAU = Math.PI * 2;
/** A point's angle as the layout counts it: 0 at twelve o'clock, clockwise. */
const angleOf = (x: number, y: number) => (Math.atan2(x, -y) + TAU) % TAU;

/** Whether a box lies wholly inside a segment's wedge (its four corners, with a pixel to spare). */
function inside(segment: Segment, box: Box) {
  const span = (segment.endAngle - segment.startAngle + TAU) % TAU || TAU;
  return [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].every(([x, y]) => {
    const r = Math.hypot(x!, y!);
    const along = (angleOf(x!, y!) - segment.startAngle + TAU) % TAU;
    return r > segment.innerRadius + 1 && r < segment.outerRadius - 1 && along < span;
  });
}

/**
 * Where a badge goes in its segment: the spot nearest the outer edge, on the middle radius line
 * or a little either side of it, where the badge (in a row, or in a column on the ring's sides)
 * lies inside the segment and clear of the factor's name; null where there is none (a small
 * screen).
 */
function placeOnSegment(
  segment: Segment,
  row: { width: number; height: number },
  column: { width: number; height: number },
) {
  const label = labelPlace(segment);
  const span = (segment.endAngle - segment.startAngle + TAU) % TAU || TAU;
  const clear = (box: Box, r: number, half: number) =>
    !label ||
    ('box' in label
      ? !overlap(box, label.box)
      : r - half >= label.band[1] || r + half <= label.band[0]);
  for (let r = segment.outerRadius - 12; r >= segment.innerRadius + 12; r -= 3)
    for (const offset of [0.5, 0.3, 0.7, 0.15, 0.85]) {
      const at = polar(radians(segment.startAngle + span * offset), r);
      for (const size of [row, column]) {
        const box = {
          x0: at.x - size.width / 2,
          y0: at.y - size.height / 2,
          x1: at.x + size.width / 2,
          y1: at.y + size.height / 2,
        };
        if (inside(segment, box) && clear(box, r, Math.max(size.width, size.height) / 2))
          return { ...at, column: size === column };
      }
    }
  return null;
}

/** A badge along the radius is a little lower, to fit the thin segments of a whole ring. */
const ALONG = 18;

/**
 * Where a badge goes on a thin segment whose name reads along the radius: along the radius too,
 * in the room the name leaves at the outer end, or else at the inner end; null where it leaves
 * too little.
 */
function placeAlongRadius(segment: Segment, width: number) {
  const label = segment.label;
  if (!label || label.mode !== 'radial') return null;
  const length = Math.max(...label.lines.map((l) => estimateTextWidth(l, label.fontSize)));
  const middle = (segment.innerRadius + segment.outerRadius) / 2;
  const span = (segment.endAngle - segment.startAngle + TAU) % TAU || TAU;
  // A run of radii [from, to] holds the badge if it is long enough and the segment wide enough.
  const holds = (from: number, to: number) => to - from >= width && span * from >= ALONG + 2;
  const runs: [number, number, number][] = [
    // Outer end: the badge against the edge.
    [middle + length / 2 + 3, segment.outerRadius - 2, segment.outerRadius - 2 - width / 2],
    // Inner end.
    [segment.innerRadius + 2, middle - length / 2 - 3, segment.innerRadius + 2 + width / 2],
  ];
  const run = runs.find(([from, to]) => holds(from, to));
  if (!run) return null;
  return { ...polar(radians(segment.startAngle + span / 2), run[2]), rotate: label.rotate };
}

/**
 * Where each factor's counts go on the diagram: a badge on its segment, clear of its name,
 * holding a part for each non-zero count. Factors nobody marked get no badge, and factors not
 * drawn (another domain, zoomed away) none either; factors whose name leaves no room for one are
 * named in `unplaced` (the room's table shows them).
 * @example badgesFor(segments, { ehr: { drains: 3, sustains: 0, picks: 0 } }).badges[0].parts // [{ kind: 'drains', count: 3, x: 4 }]
 */
export function badgesFor(
  segments: ReadonlyMap<string, Segment>,
  counts: Readonly<Record<string, FactorCount>>,
): { badges: Badge[]; unplaced: string[] } {
  const badges: Badge[] = [];
  const unplaced: string[] = [];
  for (const [id, count] of Object.entries(counts)) {
    const segment = segments.get(id);
    if (!segment || segment.kind !== 'factor') continue;
    const shown = (['drains', 'sustains', 'picks'] as const).filter((kind) => count[kind] > 0);
    if (shown.length === 0) continue;
    // In a row: each part after the last. In a column: each part under the last.
    const widths = shown.map((kind) => partWidth(count[kind]));
    const row = { width: 4 + widths.reduce((a, b) => a + b, 0), height: HEIGHT };
    const column = { width: 4 + Math.max(...widths), height: HEIGHT * shown.length };
    const at = placeOnSegment(segment, row, column);
    const along = at ? null : placeAlongRadius(segment, row.width);
    if (!at && !along) {
      unplaced.push(id);
      continue;
    }
    const height = along ? ALONG : HEIGHT;
    let x = 4;
    const parts = shown.map((kind, i) => {
      const part = at?.column
        ? { kind, count: count[kind], x: 4, y: HEIGHT * i + HEIGHT / 2 }
        : { kind, count: count[kind], x, y: height / 2 };
      x += widths[i]!;
      return part;
    });
    if (along) badges.push({ id, ...along, width: row.width, height, parts });
    else if (at)
      badges.push({ id, x: at.x, y: at.y, ...(at.column ? column : row), rotate: 0, parts });
  }
  return { badges, unplaced };
}
