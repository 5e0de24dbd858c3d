import { describe, expect, it } from 'vitest';
import { WindowLimiter } from '../../server/limits.ts';
import { addressKeyer } from '../../server/secrets.ts';

describe('the limits', () => {
  it('allow so many hits a key in a window, then refuse until it passes', () => {
    let now = 0;
    const limiter = new WindowLimiter(3, 1000, () => now);
    expect([1, 2, 3, 4].map(() => limiter.hit('a'))).toEqual([true, true, true, false]);
    expect(limiter.hit('b')).toBe(true);
    expect(limiter.blocked('a')).toBe(true);
    expect(limiter.retryAfter('a')).toBe(1);
    now = 1000;
    expect(limiter.blocked('a')).toBe(false);
    expect(limiter.hit('a')).toBe(true);
  });

  it('never keep an address, only a keyed stand-in for it that the next process cannot repeat', () => {
    const key = addressKeyer();
    expect(key('203.0.113.9')).toBe(key('203.0.113.9'));
    expect(key('203.0.113.9')).not.toContain('203');
    expect(addressKeyer()('203.0.113.9')).not.toBe(key('203.0.113.9'));
  });
});
