import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, wrapText } from '../../src/layout/text';

describe('text fitting', () => {
  it('measures wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('MMMM', 10)).toBeGreaterThan(estimateTextWidth('iiii', 10) * 2);
    expect(estimateTextWidth('Autonomy', 10, true)).toBeGreaterThan(
      estimateTextWidth('Autonomy', 10),
    );
  });

  it('wraps at spaces and after slashes', () => {
    expect(wrapText('Health Care Responsibilities', 100, 12)).toEqual([
      'Health Care',
      'Responsibilities',
    ]);
    expect(wrapText('Learning/Practice Environment', 80, 12)).toEqual([
      'Learning/',
      'Practice',
      'Environment',
    ]);
  });

  it('prefers the full text, then a shorter one, at the largest size that fits', () => {
    const full = fitText({
      texts: ['Work schedules'],
      width: 200,
      height: 20,
      maxFont: 14,
      minFont: 10,
      maxLines: 1,
    });
    expect(full).toEqual({ lines: ['Work schedules'], fontSize: 14 });
    const short = fitText({
      texts: [
        'Workload, performance, compensation, and value attributed to work elements',
        'Workload & value',
      ],
      width: 100,
      height: 14,
      maxFont: 12,
      minFont: 10,
      maxLines: 1,
    });
    expect(short?.lines).toEqual(['Workload & value']);
  });

  it('takes the larger type over the fuller name, and the fuller name on a tie', () => {
    const req = { width: 110, height: 16, maxFont: 13, minFont: 10, maxLines: 1 };
    expect(fitText({ ...req, texts: ['Team structures and function', 'Team structure'] })).toEqual({
      lines: ['Team structure'],
      fontSize: 13,
    });
    expect(
      fitText({ ...req, width: 400, texts: ['Team structures and function', 'Team structure'] })
        ?.lines,
    ).toEqual(['Team structures and function']);
  });

  it('gives up rather than shrinking below the smallest readable size', () => {
    expect(
      fitText({
        texts: ['Responsibilities'],
        width: 40,
        height: 40,
        maxFont: 12,
        minFont: 10,
        maxLines: 2,
      }),
    ).toBeNull();
  });
});
