import { describe, expect, it } from 'vitest';
import {
  centreFill,
  contrastRatio,
  domainColours,
  GROUP_BAND,
  PAGE,
  TEXT,
} from '../../src/theme/palette';

describe('the palette meets WCAG 2.2 AA', () => {
  it('computes contrast the WCAG way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(Array.from({ length: 16 }, (_, i) => i))(
    'domain %i: text ≥ 4.5:1, borders ≥ 3:1',
    (i) => {
      const c = domainColours(i);
      expect(contrastRatio(TEXT, c.domainFill)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(TEXT, c.factorFill)).toBeGreaterThanOrEqual(4.5);
      for (const against of [c.domainFill, c.factorFill, PAGE])
        expect(contrastRatio(c.border, against)).toBeGreaterThanOrEqual(3);
    },
  );

  it('gives the seven NAM domains seven different hues', () => {
    const bases = new Set(Array.from({ length: 7 }, (_, i) => domainColours(i).base));
    expect(bases.size).toBe(7);
  });

  it('keeps centre and group-band text readable', () => {
    for (let i = 0; i < 4; i++)
      expect(contrastRatio(TEXT, centreFill(i))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffffff', GROUP_BAND)).toBeGreaterThanOrEqual(4.5);
  });
});
