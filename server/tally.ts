import type { Answer, FactorCount, Question, Snapshot } from '../src/features/room/protocol.ts';

/**
 * Why an answer does not fit the question it is for, in one sentence, or null when it fits: the
 * same kind of question, only factors the question asks about.
 * @example answerProblem({ kind: 'pick', factors: [{ id: 'a' }] } as Question, { kind: 'pick', picks: ['b'] }) // 'b is not part of this question.'
 */
export function answerProblem(question: Question, answer: Answer): string | null {
  if (answer.kind !== question.kind)
    return question.kind === 'pick'
      ? 'This question asks you to pick factors, not to mark them.'
      : 'This question asks you to mark factors, not to pick them.';
  const asked = new Set(question.factors.map((f) => f.id));
  const ids = answer.kind === 'mark' ? Object.keys(answer.marks) : answer.picks;
  const stray = ids.find((id) => !asked.has(id));
  return stray ? `${stray} is not part of this question.` : null;
}

/**
 * The counts of a question's answers: per factor, how many said it drains, sustains, or picked it.
 * Answers that do not fit the question are left out (they cannot be stored, but a question's
 * factors are the presenter's to change).
 * @example tally(q, [{ kind: 'pick', picks: ['a'] }]).counts.a // { drains: 0, sustains: 0, picks: 1 }
 */
export function tally(question: Question, answers: readonly Answer[]) {
  const counts: Record<string, FactorCount> = {};
  for (const f of question.factors) counts[f.id] = { drains: 0, sustains: 0, picks: 0 };
  let answered = 0;
  for (const answer of answers) {
    if (answerProblem(question, answer)) continue;
    answered++;
    if (answer.kind === 'pick') for (const id of answer.picks) counts[id]!.picks++;
    else for (const [id, mark] of Object.entries(answer.marks)) counts[id]![mark]++;
  }
  return { answered, counts };
}

/**
 * The published form of a question's counts: under the threshold only how many answered goes out,
 * never a count per factor.
 */
export function snapshotOf(
  question: Question | null,
  answers: readonly Answer[],
  threshold: number,
  version: number,
  at: number,
): Snapshot {
  if (!question)
    return { questionId: null, answered: 0, threshold, shown: false, counts: {}, version, at };
  const { answered, counts } = tally(question, answers);
  const shown = answered >= threshold;
  return {
    questionId: question.id,
    answered,
    threshold,
    shown,
    counts: shown ? counts : {},
    version,
    at,
  };
}
