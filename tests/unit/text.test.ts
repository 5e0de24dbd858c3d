import { describe, expect, it } from 'vitest';
import { computeBaseAngles, FULL_VIEW } from '../../src/layout/angles';
import { computeRadialLayout } from '../../src/layout/radial';
import {
  estimateTextWidth,
  fitText,
  LABEL_SIZES,
  labelSizes,
  wrapText,
} from '../../src/layout/text';
import { bundledModel } from './helpers';

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

  it('sets labels on a few steps of a scale, from the largest down to the smallest allowed', () => {
    expect(labelSizes(13, 10)).toEqual([13, 12, 10.5, 10]);
    expect(labelSizes(12, 8)).toEqual([12, 10.5, 9, 8]);
    expect(labelSizes(12.5, 9)).toEqual([12.5, 12, 10.5, 9]);
    // A label that misses 12 by a little takes the next step, not the next half pixel.
    const req = { texts: ['Documentation demands'], height: 20, minFont: 10, maxLines: 1 };
    const at12 = estimateTextWidth('Documentation demands', 12);
    expect(fitText({ ...req, width: at12 - 1, maxFont: 13 })?.fontSize).toBe(10.5);
    expect(fitText({ ...req, width: at12, maxFont: 13 })?.fontSize).toBe(12);
  });
});

describe('label sizes in a drawing', () => {
  it.each([300, 374, 450])('sets every label of the NAM model on the scale at radius %d', (r) => {
    const model = bundledModel();
    const layout = computeRadialLayout(model, computeBaseAngles(model), FULL_VIEW, r);
    const sizes = new Set(
      [...layout.centre, ...layout.groups, ...layout.domains, ...layout.factors].flatMap((x) =>
        x.label ? [x.label.fontSize] : [],
      ),
    );
    expect(sizes.size).toBeGreaterThan(1);
    // The scale's steps, and the smallest size a factor or domain may take.
    for (const s of sizes) expect([...LABEL_SIZES, 10]).toContain(s);
  });
});
