/**
 * Text measuring without a browser: an average advance width per character for the UI's sans-serif
 * stack. It errs wide so that a label judged to fit does fit.
 */
const AVERAGE_ADVANCE = 0.58;

/** @example estimateTextWidth('Autonomy', 10) // about 46 */
export const estimateTextWidth = (text: string, fontSize: number, bold = false) =>
  text.length * fontSize * AVERAGE_ADVANCE * (bold ? 1.07 : 1);

/**
 * Greedy word wrap to a width in pixels. Words longer than a line stay whole (and the caller's
 * fit test rejects them).
 * @example wrapText('Health Care Responsibilities', 100, 12) // ['Health Care', 'Responsibilities']
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize, bold) > width) {
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
  height: number;
  maxFont: number;
  minFont: number;
  maxLines: number;
  bold?: boolean;
  lineHeight?: number;
}

export interface FittedText {
  lines: string[];
  fontSize: number;
}

/**
 * Finds the first text, at the largest font size, whose wrapped lines fit the box.
 * Returns null when nothing fits at the smallest size: the label is then shown on focus instead.
 */
export function fitText(req: FitRequest): FittedText | null {
  const lineHeight = req.lineHeight ?? 1.15;
  for (const text of req.texts) {
    for (let size = req.maxFont; size >= req.minFont; size -= 0.5) {
      const lines = wrapText(text, req.width, size, req.bold);
      const widest = Math.max(...lines.map((l) => estimateTextWidth(l, size, req.bold)));
      if (
        lines.length <= req.maxLines &&
        widest <= req.width &&
        lines.length * size * lineHeight <= req.height
      )
        return { lines, fontSize: size };
    }
  }
  return null;
}
