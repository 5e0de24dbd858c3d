import { describe, expect, it } from 'vitest';
import { answerProblem, snapshotOf, tally } from '../../server/tally.ts';
import { question } from '../server/helpers.ts';

describe('the room’s counts', () => {
  it('count drains and sustains per factor, and each participant once', () => {
    const q = question('mark');
    const { answered, counts } = tally(q, [
      { kind: 'mark', marks: { workload: 'drains', autonomy: 'sustains' } },
      { kind: 'mark', marks: { workload: 'drains' } },
      { kind: 'mark', marks: { workload: 'sustains', ehr: 'drains' } },
    ]);
    expect(answered).toBe(3);
    expect(counts.workload).toEqual({ drains: 2, sustains: 1, picks: 0 });
    expect(counts.autonomy).toEqual({ drains: 0, sustains: 1, picks: 0 });
    expect(counts.staffing).toEqual({ drains: 0, sustains: 0, picks: 0 });
    expect(counts.ehr).toEqual({ drains: 1, sustains: 0, picks: 0 });
  });

  it('count picks, and leave out an answer that does not fit the question', () => {
    const q = question('pick');
    const { answered, counts } = tally(q, [
      { kind: 'pick', picks: ['workload', 'ehr'] },
      { kind: 'pick', picks: ['ehr'] },
      { kind: 'pick', picks: ['elsewhere'] },
      { kind: 'mark', marks: { workload: 'drains' } },
    ]);
    expect(answered).toBe(2);
    expect(counts.ehr?.picks).toBe(2);
    expect(counts.workload?.picks).toBe(1);
  });

  it('say in a sentence why an answer does not fit', () => {
    expect(answerProblem(question('pick'), { kind: 'mark', marks: { workload: 'drains' } })).toBe(
      'This question asks you to pick factors, not to mark them.',
    );
    expect(answerProblem(question('mark'), { kind: 'pick', picks: ['ehr'] })).toMatch(/mark/);
    expect(answerProblem(question('pick'), { kind: 'pick', picks: ['nope'] })).toBe(
      'nope is not part of this question.',
    );
    expect(answerProblem(question('pick'), { kind: 'pick', picks: ['ehr'] })).toBeNull();
  });
});

describe('the threshold', () => {
  const five = Array.from({ length: 5 }, () => ({ kind: 'pick' as const, picks: ['ehr'] }));

  it('hides every count until enough people have answered, and says how many have', () => {
    const under = snapshotOf(question('pick'), five.slice(0, 4), 5, 9, 100);
    expect(under).toEqual({
      questionId: 'q-pick',
      answered: 4,
      threshold: 5,
      shown: false,
      counts: {},
      version: 9,
      at: 100,
    });
    const at = snapshotOf(question('pick'), five, 5, 10, 200);
    expect(at.shown).toBe(true);
    expect(at.counts.ehr?.picks).toBe(5);
  });

  it('follows the room’s own threshold, from 3 to 10', () => {
    expect(snapshotOf(question('pick'), five.slice(0, 3), 3, 1, 0).shown).toBe(true);
    expect(snapshotOf(question('pick'), five, 10, 1, 0).shown).toBe(false);
  });

  it('hides the counts again when withdrawals take the room under it', () => {
    expect(snapshotOf(question('pick'), five.slice(1), 5, 2, 0).counts).toEqual({});
  });

  it('sends nothing but the version with no question open', () => {
    expect(snapshotOf(null, five, 5, 3, 0)).toMatchObject({
      questionId: null,
      answered: 0,
      shown: false,
    });
  });
});
