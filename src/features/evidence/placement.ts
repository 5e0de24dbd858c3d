import { estimateTextWidth } from '../../layout/text';

/**
 * Where the evidence map puts its outcomes: in the room the circle leaves, on two opposite sides
 * of it. Beside it (left and right) where the drawing is wider than tall; above and below it
 * where it is taller than wide (a phone, a tablet held upright). Pure geometry, in the diagram's
 * coordinates (centre at 0,0).
 */

export type Side = 'left' | 'right' | 'top' | 'bottom';

export interface OutcomeInput {
  id: string;
  /** What the map shows: the outcome's short label where it has one. */
  label: string;
  category: string;
}

/** A model's outcomes as the map shows them: by their short label where they have one. */
export const mapOutcomes = (
  outcomes: readonly {
    id: string;
    label: string;
    shortLabel?: string | undefined;
    category: string;
  }[],
): OutcomeInput[] =>
  outcomes.map((o) => ({ id: o.id, label: o.shortLabel ?? o.label, category: o.category }));

/** An outcome on the map: its dot (where its links end) and its label beside the dot. */
export interface OutcomeNode extends OutcomeInput {
  side: Side;
  /** The dot. */
  x: number;
  y: number;
  /** Where the label starts (anchor start) or ends (anchor end). */
  labelX: number;
  anchor: 'start' | 'end';
  /**
   * Above and below the circle, a link comes to its outcome by a lane left of the dot's column:
   * it enters the lane here (at the edge of the outcomes nearest the circle), runs along it to
   * the outcome's row and turns in, so it never crosses another outcome's label.
   */
  lane?: { x: number; y: number };
}

/** A category's name, above its outcomes. */
export interface CategoryHeading {
  id: string;
  label: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

export interface OutcomePlacement {
  arrangement: 'beside' | 'above-below';
  fontSize: number;
  nodes: OutcomeNode[];
  headings: CategoryHeading[];
}

/** Clear space between the circle and the outcomes. */
const CLEAR = 20;
/** Between a dot and its label. */
const DOT_GAP = 9;
/** Room left of each column of outcomes for the lane its links come by. */
const LANE = 14;
/** The edge of the drawing. */
const EDGE = 6;
const SIZES = [12, 11, 10] as const;
/** Rows are at least this many times the font size apart, so labels never touch. */
const ROW = 1.75;
/** Each label also shows its link count, e.g. " (37)". */
const COUNT_ROOM = ' (00)';

/**
 * Splits categories (in order) into two runs with outcome counts as even as can be, so each
 * side of the circle holds about half.
 * @example splitInTwo([3, 5, 4]) // 1: the first category on one side, the other two opposite
 */
export function splitInTwo(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  let best = 1;
  let bestGap = Infinity;
  let sum = 0;
  for (let k = 1; k < counts.length; k++) {
    sum += counts[k - 1]!;
    const gap = Math.abs(total - 2 * sum);
    if (gap < bestGap) [best, bestGap] = [k, gap];
  }
  return counts.length > 1 ? best : counts.length;
}

interface Group {
  category: { id: string; label: string };
  outcomes: OutcomeInput[];
}

/** A label's width with its count, with room to spare for the chosen one, which is bold. */
const labelWidth = (o: OutcomeInput, size: number) =>
  estimateTextWidth(o.label + COUNT_ROOM, size) * 1.08;

/** Left and right of the circle: one column a side, each category under its heading. */
function beside(
  sides: [Group[], Group[]],
  radius: number,
  size: { width: number; height: number },
): OutcomePlacement | null {
  const room = size.width / 2 - radius - CLEAR - EDGE - DOT_GAP;
  for (const fontSize of SIZES) {
    const widest = Math.max(
      ...sides
        .flat()
        .flatMap((g) => [
          ...g.outcomes.map((o) => labelWidth(o, fontSize)),
          estimateTextWidth(g.category.label, fontSize, true),
        ]),
    );
    if (widest > room) continue;
    const rows = Math.max(
      ...sides.map((groups) => groups.reduce((n, g) => n + g.outcomes.length + 1, 0)),
    );
    const step = Math.min(
      fontSize * 2.6,
      (size.height - 2 * EDGE - fontSize) / Math.max(1, rows - 1),
    );
    if (step < fontSize * ROW) continue;
    const nodes: OutcomeNode[] = [];
    const headings: CategoryHeading[] = [];
    sides.forEach((groups, s) => {
      const side: Side = s === 0 ? 'left' : 'right';
      const sign = s === 0 ? -1 : 1;
      const count = groups.reduce((n, g) => n + g.outcomes.length + 1, 0);
      let y = -((count - 1) * step) / 2;
      const x = sign * (radius + CLEAR);
      const labelX = x + sign * DOT_GAP;
      const anchor = s === 0 ? 'end' : 'start';
      for (const g of groups) {
        headings.push({ id: g.category.id, label: g.category.label, x: labelX, y, anchor });
        y += step;
        for (const o of g.outcomes) {
          nodes.push({ ...o, side, x, y, labelX, anchor });
          y += step;
        }
      }
    });
    return { arrangement: 'beside', fontSize, nodes, headings };
  }
  return null;
}

/** Above and below the circle: as many columns as fit the width, each category a block. */
function aboveBelow(
  sides: [Group[], Group[]],
  radius: number,
  size: { width: number; height: number },
): OutcomePlacement | null {
  const room = size.height / 2 - radius - CLEAR - EDGE;
  for (const fontSize of SIZES) {
    const step = fontSize * 2.2;
    const column =
      LANE +
      Math.max(...sides.flat().flatMap((g) => g.outcomes.map((o) => labelWidth(o, fontSize)))) +
      DOT_GAP +
      8;
    const columns = Math.max(1, Math.floor((size.width - 2 * EDGE) / column));
    if (column > size.width - 2 * EDGE) continue;
    const rowsOf = (groups: Group[]) =>
      groups.reduce((n, g) => n + 1 + Math.ceil(g.outcomes.length / columns), 0);
    if (Math.max(...sides.map(rowsOf)) * step > room) continue;
    const nodes: OutcomeNode[] = [];
    const headings: CategoryHeading[] = [];
    const left = -size.width / 2 + EDGE;
    sides.forEach((groups, s) => {
      const side: Side = s === 0 ? 'top' : 'bottom';
      const rows = rowsOf(groups);
      // Above, the block ends just over the circle; below, it starts just under it.
      let y = s === 0 ? -(radius + CLEAR) - (rows - 0.5) * step : radius + CLEAR + step / 2;
      const entry = s === 0 ? -(radius + CLEAR) + step * 0.1 : radius + CLEAR - step * 0.1;
      for (const g of groups) {
        headings.push({
          id: g.category.id,
          label: g.category.label,
          x: left + LANE,
          y,
          anchor: 'start',
        });
        y += step;
        g.outcomes.forEach((o, i) => {
          const col = i % columns;
          const x = left + col * column + LANE;
          const lane = { x: x - LANE / 2 - 2, y: entry };
          nodes.push({ ...o, side, x, y, labelX: x + DOT_GAP, anchor: 'start', lane });
          if (col === columns - 1 || i === g.outcomes.length - 1) y += step;
        });
      }
    });
    return { arrangement: 'above-below', fontSize, nodes, headings };
  }
  return null;
}

function groupsOf(
  outcomes: readonly OutcomeInput[],
  categories: readonly { id: string; label: string }[],
): [Group[], Group[]] | null {
  const groups: Group[] = categories
    .map((category) => ({
      category,
      outcomes: outcomes.filter((o) => o.category === category.id),
    }))
    .filter((g) => g.outcomes.length > 0);
  if (groups.length === 0) return null;
  const k = splitInTwo(groups.map((g) => g.outcomes.length));
  return [groups.slice(0, k), groups.slice(k)];
}

/**
 * The room each side of the circle needs for the outcomes beside it, at `fontSize`: the page
 * sizes the map so that the circle leaves this much.
 */
export function roomBeside(
  outcomes: readonly OutcomeInput[],
  categories: readonly { id: string; label: string }[],
  fontSize: number = SIZES[0],
): number {
  const widest = Math.max(
    0,
    ...outcomes.map((o) => labelWidth(o, fontSize)),
    ...categories.map((c) => estimateTextWidth(c.label, fontSize, true)),
  );
  return Math.ceil(widest + CLEAR + EDGE + DOT_GAP + 2);
}

/**
 * How tall a map `width` wide must be to hold its outcomes above and below the circle (the
 * circle fills the width).
 */
export function heightAboveBelow(
  outcomes: readonly OutcomeInput[],
  categories: readonly { id: string; label: string }[],
  width: number,
): number {
  const sides = groupsOf(outcomes, categories);
  const radius = width / 2 - 4;
  if (!sides) return width;
  for (let height = width + 40; height <= width * 4; height += 20)
    if (aboveBelow(sides, radius, { width, height })) return height;
  return width;
}

/**
 * Places the outcomes in the room the circle leaves, or returns null when they cannot be
 * placed legibly (the table lists every link then).
 * @example placeOutcomes(outcomes, categories, 300, { width: 1200, height: 640 })?.arrangement // 'beside'
 */
export function placeOutcomes(
  outcomes: readonly OutcomeInput[],
  categories: readonly { id: string; label: string }[],
  radius: number,
  size: { width: number; height: number },
): OutcomePlacement | null {
  const sides = groupsOf(outcomes, categories);
  if (!sides) return null;
  return size.width >= size.height
    ? (beside(sides, radius, size) ?? aboveBelow(sides, radius, size))
    : (aboveBelow(sides, radius, size) ?? beside(sides, radius, size));
}
