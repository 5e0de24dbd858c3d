import { afterEach, describe, expect, it, vi } from 'vitest';
import { FULL_VIEW, type View } from '../../src/layout/angles';
import { turns } from '../../src/layout/units';
import { createZoomController } from '../../src/zoom/controller';

const target: View = { x0: turns(0.25), x1: turns(0.5) };

describe('the zoom controller', () => {
  afterEach(() => vi.useRealTimers());

  it('jumps at once when the duration is 0 (tests, reduced motion)', async () => {
    const frames: [View, boolean][] = [];
    const c = createZoomController(FULL_VIEW, (v, moving) => frames.push([v, moving]));
    await c.zoomTo(target, 0);
    expect(frames).toEqual([[target, false]]);
    expect(c.current()).toEqual(target);
  });

  it('tweens through distinct view objects and lands exactly on the target', async () => {
    const frames: View[] = [];
    const moving: boolean[] = [];
    const c = createZoomController(FULL_VIEW, (v, m) => {
      frames.push(v);
      moving.push(m);
    });
    await c.zoomTo(target, 120);
    // Every frame but the last is mid-tween.
    expect(moving.slice(0, -1).every(Boolean)).toBe(true);
    expect(moving.at(-1)).toBe(false);
    expect(frames.length).toBeGreaterThan(2);
    expect(new Set(frames).size).toBe(frames.length);
    expect(frames.at(-1)).toEqual(target);
    const middle = frames[Math.floor(frames.length / 2)]!;
    expect(middle.x0).toBeGreaterThan(0);
    expect(middle.x0).toBeLessThan(0.25);
    c.destroy();
  });

  it('settles a superseded zoom and follows the newer one', async () => {
    const c = createZoomController(FULL_VIEW, () => {});
    const first = c.zoomTo(target, 10_000);
    const second = c.zoomTo(FULL_VIEW, 0);
    await expect(first).resolves.toBeUndefined();
    await second;
    expect(c.current()).toEqual(FULL_VIEW);
  });
});
