/** Lower-case letter pairs of a string, the basis of a forgiving similarity score. */
function bigrams(value: string): string[] {
  const s = ` ${value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/**
 * Dice similarity of two strings' letter pairs, from 0 (nothing shared) to 1 (the same).
 * @example similarity('work-schedule', 'Work schedules') > 0.8 // true
 */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const counts = new Map<string, number>();
  for (const g of y) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * The candidates most like a mistyped id, best first, for a "did you mean" list.
 * @example closestMatches('wrk-schedule', [{ id: 'work-schedules', label: 'Work schedules' }])
 */
export function closestMatches<T extends { id: string; label: string }>(
  query: string,
  candidates: readonly T[],
  count = 3,
  threshold = 0.3,
): T[] {
  return candidates
    .map((c) => ({ c, score: Math.max(similarity(query, c.id), similarity(query, c.label)) }))
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((s) => s.c);
}
