/**
 * Text measuring without a browser: advance widths (in em) by character class for common
 * sans-serif faces, erring slightly wide (DejaVu Sans, the widest likely face, is the reference)
 * so that a label judged to fit does fit.
 */
const NARROW = new Set("iljtfrI.,:;!|'()/ -");
const WIDE = new Set('mwMW@%&');
const advance = (ch: string) => {
  if (NARROW.has(ch)) return 0.36;
  if (WIDE.has(ch)) return 0.9;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  return 0.6;
};

/**
 * Widths in em of texts already measured. Fitting a label tries the same words and lines at one
 * font size after another; each is summed once. Emptied when it grows large (a model of thousands
 * of factors measures many texts once each).
 */
const ems = new Map<string, number>();
const EMS_KEPT = 20_000;

function emWidth(text: string): number {
  let em = ems.get(text);
  if (em === undefined) {
    em = 0;
    for (const ch of text) em += advance(ch);
    if (ems.size >= EMS_KEPT) ems.clear();
    ems.set(text, em);
  }
  return em;
}

/**
 * Bold runs about 15% wider than regular in DejaVu Sans (measured in Chromium: "Work-life
 * integration" is 102 px regular and 118 px bold at 10 px).
 */
const BOLD = 1.15;

/** @example estimateTextWidth('Autonomy', 10) // about 49 */
export function estimateTextWidth(
  text: string,
  fontSize: number,
  bold = false,
  /** Letter spacing in em, added after every character. */
  spacing = 0,
): number {
  return (emWidth(text) + spacing * text.length) * fontSize * (bold ? BOLD : 1);
}

/** A text's words, and where else a line may break: after a slash ("Learning/" + "Practice"). */
export const wordsOf = (text: string) =>
  text
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=\/)(?=.)/))
    .filter(Boolean)
    // An ampersand stays with the word before it: "Society &" / "Culture", never a line of its own.
    .reduce<string[]>((words, w) => {
      if (w === '&' && words.length) words[words.length - 1] += ' &';
      else words.push(w);
      return words;
    }, []);

/**
 * Greedy word wrap to a width in pixels. Words longer than a line stay whole (and the caller's
 * fit test rejects them).
 * @example wrapText('Health Care Responsibilities', 100, 12) // ['Health Care', 'Responsibilities']
 */
export const wrapText = (text: string, width: number, fontSize: number, bold = false) =>
  wrapWords(wordsOf(text), width, fontSize, bold);

/** Words joined back into a line: no space after a slash. */
export const joinWords = (words: readonly string[]) =>
  words.reduce(
    (line, word) => (!line ? word : line.endsWith('/') ? line + word : `${line} ${word}`),
    '',
  );

function wrapWords(
  words: string[],
  width: number,
  fontSize: number,
  bold = false,
  spacing = 0,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = joinWords([line, word]);
    if (line && estimateTextWidth(candidate, fontSize, bold, spacing) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FitRequest {
  /** Texts to try in order of preference (e.g. the full label, then the short one). */
  texts: string[];
  width: number;
  /** When lines have different room (text on concentric arcs), the width for line i of n. */
  lineWidth?: (i: number, n: number, fontSize: number) => number;
  height: number;
  maxFont: number;
  minFont: number;
  maxLines: number;
  bold?: boolean;
  /** Letter spacing in em (the group band's capitals are spaced out). */
  spacing?: number;
  lineHeight?: number;
  /** Take the first text that fits at all (full names first), not the one that fits largest. */
  firstFit?: boolean;
}

export interface FittedText {
  lines: string[];
  fontSize: number;
}

/**
 * Finds the text that fits the box at the largest font size; on a tie, the earlier text (the
 * fuller name) wins. Returns null when nothing fits at the smallest size: the label is then shown
 * on focus instead.
 */
export function fitText(req: FitRequest): FittedText | null {
  let best: FittedText | null = null;
  for (const text of req.texts) {
    const fit = fitOne(text, req);
    if (fit && req.firstFit) return fit;
    if (fit && (!best || fit.fontSize > best.fontSize)) best = fit;
  }
  return best;
}

/**
 * The sizes a label may take, largest first. Each size and weight in use is one more font the
 * browser must look up before it can lay out the first frame (on Linux a round trip to the
 * browser process each), so labels share a few steps rather than every half pixel: a label that
 * misses 12 by a little is set at 10.5, not 11.5.
 */
export const LABEL_SIZES = [15, 14, 13, 12, 10.5, 9, 8] as const;

const stepsFor = new Map<string, readonly number[]>();

/** The steps of the label scale from maxFont down to minFont; minFont itself comes last. */
export function labelSizes(maxFont: number, minFont: number): readonly number[] {
  const key = `${maxFont}/${minFont}`;
  let steps = stepsFor.get(key);
  if (!steps) {
    const between = LABEL_SIZES.filter((x) => x < maxFont && x > minFont);
    steps = maxFont < minFont ? [] : [...new Set([maxFont, ...between, minFont])];
    // A handful of rings ask, each with its own bounds: worked out once each.
    stepsFor.set(key, steps);
  }
  return steps;
}

function fitOne(text: string, req: FitRequest): FittedText | null {
  const lineHeight = req.lineHeight ?? 1.15;
  const words = wordsOf(text);
  for (const size of labelSizes(req.maxFont, req.minFont)) {
    const lines = wrapWords(words, req.width, size, req.bold, req.spacing);
    const room = (i: number) => req.lineWidth?.(i, lines.length, size) ?? req.width;
    const fits = lines.every(
      (l, i) => estimateTextWidth(l, size, req.bold, req.spacing) <= room(i),
    );
    if (lines.length <= req.maxLines && fits && lines.length * size * lineHeight <= req.height)
      return { lines, fontSize: size };
  }
  return null;
}
