// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '../../src/features/offline/quiet';

const press = () => window.dispatchEvent(new Event('pointerdown'));
const key = () => window.dispatchEvent(new Event('keydown'));

describe('work that waits for a pause in the person’s use', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // As in a browser without requestIdleCallback: idle time is approximated by a timer.
    vi.stubGlobal('requestIdleCallback', undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once the page has been left alone for the quiet time (then when idle)', () => {
    const fn = vi.fn();
    whenQuiet(fn, { quietMs: 3000, maxWaitMs: 60_000 });
    vi.advanceTimersByTime(2999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1 + 3000);
    expect(fn).toHaveBeenCalledTimes(1);
    // Once only, whatever happens next.
    press();
    vi.advanceTimersByTime(120_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('starts the wait again with every press or key', () => {
    const fn = vi.fn();
    whenQuiet(fn, { quietMs: 3000, maxWaitMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(2000);
      if (i % 2) press();
      else key();
    }
    // Ten seconds in, but never three quiet ones.
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(6000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest after the longest wait, even while the person keeps going', () => {
    const fn = vi.fn();
    whenQuiet(fn, { quietMs: 3000, maxWaitMs: 10_000 });
    for (let t = 0; t < 15_000; t += 1000) {
      press();
      vi.advanceTimersByTime(1000);
    }
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, while waiting or when only idle time is left to wait for', () => {
    const fn = vi.fn();
    const cancel = whenQuiet(fn, { quietMs: 3000, maxWaitMs: 10_000 });
    vi.advanceTimersByTime(1000);
    cancel();
    vi.advanceTimersByTime(60_000);
    expect(fn).not.toHaveBeenCalled();

    const later = whenQuiet(fn, { quietMs: 3000, maxWaitMs: 10_000 });
    vi.advanceTimersByTime(3000);
    later();
    vi.advanceTimersByTime(60_000);
    expect(fn).not.toHaveBeenCalled();
  });
});
