import {
  estimateTextWidth,
  fitText,
  joinWords,
  labelSizes,
  wordsOf,
  type FittedText,
} from './text';
import { polar, radians, toDegrees } from './units';

/**
 * Fitting a name into its part of the diagram: one pure function (`fitLabel`) that every screen
 * draws through (the explorer, a presentation, the evidence map, compare, the handout, the embed
 * and the sketch of a linked model), so a fix lands everywhere at once.
 */

export type Label =
  /** Reads along the radius, outwards on the right half and inwards on the left. */
  | ({ mode: 'radial'; x: number; y: number; rotate: number } & FittedText)
  /** Level lines at the segment's centre: used when a zoomed segment is wide. */
  | ({ mode: 'horizontal'; x: number; y: number } & FittedText)
  /** Follows the ring, one arc path per line, always reading left to right. */
  | ({ mode: 'curved'; paths: string[] } & FittedText);

/**
 * What is being named: the centre disc, a ring around it, a group of the band outside, a domain,
 * a factor, or a band of factors drawn as one (its text is its count).
 */
export type LabelKind = 'centre' | 'ring' | 'group' | 'domain' | 'factor' | 'band';

/** Where the name goes: angles in radians (0 at 12 o'clock, clockwise), radii in pixels. */
export interface Wedge {
  start: number;
  end: number;
  inner: number;
  outer: number;
}

export interface Named {
  label: string;
  shortLabel?: string | undefined;
}

const TAU = Math.PI * 2;
const LINE_HEIGHT = 1.15;
/** The smallest size a label is drawn at: smaller is not read. */
export const MIN_LABEL_PX = 9;
/** Domains, the centre and its rings try this size first, before going down to the minimum. */
const COMFORTABLE_PX = 10;

/** Words that end a shortened name badly ("Skills &…"): left off before the ellipsis. */
const DANGLING = new Set(['&', 'and', 'or', 'of', 'the', 'for', 'to', 'in', 'vs.', '-', '–']);

/**
 * Shorter forms of a name, longest first, for where neither it nor its short label fits: the
 * leading words with an ellipsis, then the first word cut short.
 * @example shortenedForms('Health Care Responsibilities') // ['Health Care…', 'Health…', 'Heal…']
 */
export function shortenedForms(text: string): string[] {
  const words = wordsOf(text);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 1; k--) {
    const kept = words.slice(0, k);
    while (kept.length > 1 && DANGLING.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
    out.push(`${joinWords(kept).replace(/[/,;:&\s-]+$/, '')}…`);
  }
  const first = (words[0] ?? '').replace(/[/,;:&\s-]+$/, '');
  for (const keep of [10, 8, 6, 4, 3])
    if (first.length > keep + 1) out.push(`${first.slice(0, keep)}…`);
  return [...new Set(out)].filter((s) => s !== text);
}

/**
 * The texts a name may be drawn as, in order of preference: the full label, the model's short
 * label, then (except for a factor, whose domain's zoom shows it whole) shortened forms.
 */
export function labelTexts(kind: LabelKind, named: Named): string[] {
  const texts = [named.label];
  if (named.shortLabel && named.shortLabel !== named.label) texts.push(named.shortLabel);
  if (kind === 'factor' || kind === 'group' || kind === 'band') return texts;
  const shortest = named.shortLabel ?? named.label;
  return [...new Set([...texts, ...shortenedForms(named.label), ...shortenedForms(shortest)])];
}

/**
 * An SVG arc for text to follow, drawn so the text reads left to right: clockwise on the top half,
 * anticlockwise on the bottom half.
 */
export function textArcPath(start: number, end: number, radius: number): string {
  const mid = (start + end) / 2;
  const bottom = Math.cos(mid) < 0;
  const [a0, a1] = bottom ? [end, start] : [start, end];
  const p0 = polar(radians(a0), radius);
  const p1 = polar(radians(a1), radius);
  const large = Math.abs(end - start) > Math.PI ? 1 : 0;
  const sweep = bottom ? 0 : 1;
  const r = radius.toFixed(2);
  return `M${p0.x.toFixed(2)},${p0.y.toFixed(2)}A${r},${r} 0 ${large} ${sweep} ${p1.x.toFixed(2)},${p1.y.toFixed(2)}`;
}

/** The span a curved label may use: very wide arcs get a centred part, placed at the top if whole. */
function labelSpan(start: number, end: number): [number, number] {
  const span = end - start;
  if (span >= TAU * 0.95) return [-0.4 * Math.PI, 0.4 * Math.PI];
  const mid = (start + end) / 2;
  const half = Math.min(span, Math.PI * 0.9) / 2;
  return [mid - half, mid + half];
}

interface Style {
  maxFont: number;
  minFont: number;
  maxLines: number;
  bold?: boolean;
  spacing?: number;
  firstFit?: boolean;
}

/**
 * Text along the ring. The lines sit centred in the ring, or (where that leaves too little
 * room) pushed to its outer edge, where the arc is longest.
 */
function curved(w: Wedge, texts: string[], style: Style, span = labelSpan(w.start, w.end)) {
  const [a0, a1] = span;
  const angle = a1 - a0;
  const bottom = Math.cos((a0 + a1) / 2) < 0;
  const pad = Math.min(4, (w.outer - w.inner) * 0.08);
  for (const placement of ['middle', 'outer'] as const) {
    // Line i of n sits on its own arc: top half, first line outermost; bottom half, innermost.
    const radiusOf = (i: number, n: number, size: number) => {
      const step = size * LINE_HEIGHT;
      const centre =
        placement === 'middle' ? (w.inner + w.outer) / 2 : w.outer - pad - (n * step) / 2;
      const offset = (i - (n - 1) / 2) * step;
      return bottom ? centre + offset : centre - offset;
    };
    const fit = fitText({
      texts,
      width: angle * ((w.inner + w.outer) / 2) * 0.92,
      lineWidth: (i, n, size) => angle * (radiusOf(i, n, size) - size / 2) * 0.96 - 4,
      height: w.outer - w.inner - 2 * pad,
      ...style,
      lineHeight: LINE_HEIGHT,
    });
    if (fit) {
      const paths = fit.lines.map((_, i) =>
        textArcPath(a0, a1, radiusOf(i, fit.lines.length, fit.fontSize)),
      );
      return { mode: 'curved' as const, paths, ...fit };
    }
  }
  return null;
}

/** Text along the radius, for a segment deeper than it is wide. */
function radial(w: Wedge, texts: string[], style: Style): Label | null {
  const pad = Math.min(6, (w.outer - w.inner) * 0.06);
  const mid = (w.start + w.end) / 2;
  const across = (w.end - w.start) * (w.inner + pad); // the narrow end decides
  const fit = fitText({
    texts,
    width: w.outer - w.inner - 2 * pad,
    height: across * 0.92,
    ...style,
    lineHeight: LINE_HEIGHT,
  });
  if (!fit) return null;
  const at = polar(radians(mid), (w.inner + w.outer) / 2);
  const deg = toDegrees(radians(mid));
  const rotate = deg < 180 ? deg - 90 : deg + 90;
  return { mode: 'radial', x: at.x, y: at.y, rotate, ...fit };
}

/** Level text at a wide segment's centre. Its box turns with the angle: tall near 3 and 9. */
function level(w: Wedge, texts: string[], style: Style): Label | null {
  const pad = 6;
  const depth = w.outer - w.inner - 2 * pad;
  const width = (w.end - w.start) * (w.inner + pad);
  const mid = (w.start + w.end) / 2;
  const s = Math.abs(Math.sin(mid));
  const c = Math.abs(Math.cos(mid));
  const fit = fitText({
    texts,
    width: (s * depth + c * width) * 0.8,
    height: (c * depth + s * width) * 0.7,
    ...style,
  });
  const at = polar(radians(mid), (w.inner + w.outer) / 2);
  return fit && { mode: 'horizontal', x: at.x, y: at.y, ...fit };
}

/** Level lines in the centre disc: each line as wide as the circle is at its height. */
function disc(radius: number, texts: string[], style: Style): Label | null {
  const fit = fitText({
    texts,
    width: radius * 1.9,
    lineWidth: (i, n, size) => {
      const step = size * LINE_HEIGHT;
      const far = Math.abs((i - (n - 1) / 2) * step) + step / 2;
      return far >= radius ? 0 : 2 * Math.sqrt(radius * radius - far * far) * 0.9;
    },
    height: radius * 1.7,
    ...style,
    lineHeight: LINE_HEIGHT,
  });
  return fit && { mode: 'horizontal', x: 0, y: 0, ...fit };
}

type Attempt = (texts: string[], minFont: number) => Label | null;

/**
 * Tries each way of drawing, for the names first (full, then short: each at a comfortable size,
 * then at the smallest), and only then for the shortened forms.
 */
function firstOf(kind: LabelKind, named: Named, attempts: Attempt[]): Label | null {
  const texts = labelTexts(kind, named);
  const names = texts.filter((t) => t === named.label || t === named.shortLabel);
  const shortened = texts.filter((t) => !names.includes(t));
  for (const tier of [names, shortened])
    for (const min of [COMFORTABLE_PX, MIN_LABEL_PX])
      for (const text of tier)
        for (const attempt of attempts) {
          const label = attempt([text], min);
          if (label) return label;
        }
  return null;
}

/**
 * What to draw for a name in its part of the diagram, or null when nothing readable fits.
 *
 * In order: the full label (wrapped on up to three lines, along the ring or along the radius),
 * then the model's short label, then a shortened form ("Health Care…", "Organiz…"). A domain,
 * the centre and its rings go down that whole list, so they are named wherever a few letters
 * fit. A factor stops after its short label: where that does not fit, its segment stays
 * unlabelled (a tap or a zoom shows it). A band of factors drawn as one says how many it holds.
 * @example fitLabel('domain', { start: 0, end: 1, inner: 80, outer: 160 }, { label: 'Society & Culture' })
 */
export function fitLabel(kind: LabelKind, w: Wedge, named: Named): Label | null {
  const bold = { bold: true, firstFit: true };
  switch (kind) {
    case 'centre':
      return firstOf(kind, named, [
        (texts, min) => disc(w.outer, texts, { maxFont: 15, minFont: min, maxLines: 3, ...bold }),
      ]);
    case 'ring': {
      // Across the top of the ring; a long name may run round most of it.
      const style = (min: number) => ({ maxFont: 12, minFont: min, maxLines: 1, ...bold });
      return firstOf(kind, named, [
        (texts, min) => curved(w, texts, style(min), [-0.42 * Math.PI, 0.42 * Math.PI]),
        (texts, min) => curved(w, texts, style(min), [-0.9 * Math.PI, 0.9 * Math.PI]),
      ]);
    }
    case 'group':
      return curved(
        w,
        labelTexts(kind, named).map((t) => t.toUpperCase()),
        { maxFont: 12, minFont: MIN_LABEL_PX, maxLines: 1, bold: true, spacing: 0.06 },
      );
    case 'domain':
      // A domain's full name is worth a smaller size.
      return firstOf(kind, named, [
        (texts, min) => curved(w, texts, { maxFont: 14, minFont: min, maxLines: 3, ...bold }),
        (texts, min) => radial(w, texts, { maxFont: 14, minFont: min, maxLines: 2, ...bold }),
      ]);
    case 'factor':
    case 'band': {
      const texts = labelTexts(kind, named);
      const pad = 6;
      const across = (w.end - w.start) * (w.inner + pad);
      const depth = w.outer - w.inner - 2 * pad;
      const style = { maxFont: kind === 'band' ? 13 : 15, minFont: MIN_LABEL_PX, maxLines: 6 };
      // A band that is wider than deep (a thin factor ring, as on a phone) says its count along it.
      const along =
        kind === 'band' && across > depth * 2 ? curved(w, texts, { ...style, maxLines: 1 }) : null;
      if (along) return along;
      if (across < MIN_LABEL_PX) return null;
      // Wide segments (a zoomed domain's) read level; narrow ones along the radius, the short
      // label on one line where the full name does not fit.
      const alongRadius = () =>
        radial(w, texts, { maxFont: 13, minFont: MIN_LABEL_PX, maxLines: 3 });
      return across >= depth * 0.9 ? (level(w, texts, style) ?? alongRadius()) : alongRadius();
    }
  }
}

/**
 * The "← Whole model" hint in a zoomed diagram's centre disc, under the centre's name: a shorter
 * one where the disc is small, none where even that does not fit.
 * @example centreHint(60, null)?.text // '← Whole model'
 */
export function centreHint(
  radius: number,
  name: Label | null,
): { text: string; y: number; fontSize: number } | null {
  const below = name ? (name.lines.length * name.fontSize * LINE_HEIGHT) / 2 + 2 : 0;
  for (const size of labelSizes(11, MIN_LABEL_PX)) {
    const y = below + size * 0.6;
    const far = y + size * 0.6;
    if (far >= radius) continue;
    const width = 2 * Math.sqrt(radius * radius - far * far) * 0.9;
    const text = ['← Whole model', '← Back'].find((t) => estimateTextWidth(t, size, true) <= width);
    if (text) return { text, y, fontSize: size };
  }
  return null;
}
