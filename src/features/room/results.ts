import type { RoomResults } from './protocol';

/** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet never reads it as a formula. */
const cell = (value: string | number) => {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  // \x22 is the double quote, which a quoted cell doubles.
  return /[\x22,\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/\x22/g, '""')}"` : safe;
};

/**
 * The room's results as CSV: one row per factor of each question asked, with its counts, and for a
 * question fewer people answered than the threshold, one row that says so and no counts.
 * @example resultsCsv({ questions: [] }).split('\n')[0] // 'question,kind,answered,factor_id,factor,domain,drains,sustains,picked,note'
 */
export function resultsCsv(results: RoomResults, threshold: number): string {
  const rows: (string | number)[][] = [
    [
      'question',
      'kind',
      'answered',
      'factor_id',
      'factor',
      'domain',
      'drains',
      'sustains',
      'picked',
      'note',
    ],
  ];
  for (const { question, answered, shown, counts } of results.questions) {
    if (!shown) {
      rows.push([
        question.title,
        question.kind,
        answered,
        '',
        '',
        '',
        '',
        '',
        '',
        `fewer than ${threshold} answered: counts not shown`,
      ]);
      continue;
    }
    for (const f of question.factors) {
      const c = counts[f.id] ?? { drains: 0, sustains: 0, picks: 0 };
      rows.push([
        question.title,
        question.kind,
        answered,
        f.id,
        f.label,
        f.group ?? '',
        question.kind === 'mark' ? c.drains : '',
        question.kind === 'mark' ? c.sustains : '',
        question.kind === 'pick' ? c.picks : '',
        '',
      ]);
    }
  }
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
