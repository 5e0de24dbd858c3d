import { easeCubicInOut } from 'd3-ease';
import { timer, type Timer } from 'd3-timer';
import type { View } from '../layout/angles';
import { turns } from '../layout/units';

export interface ZoomController {
  /** The view now on show. */
  current(): View;
  /** Moves to a view over `duration` ms (0: at once); resolves when it arrives or is superseded. */
  zoomTo(target: View, duration: number): Promise<void>;
  destroy(): void;
}

/**
 * A small imperative controller for the angular zoom: it tweens the visible part of the circle
 * and reports every frame. It knows nothing of React; the diagram makes one in an effect.
 */
export function createZoomController(
  initial: View,
  /** Called each frame with the view and whether a tween is still under way. */
  onFrame: (view: View, moving: boolean) => void,
): ZoomController {
  let view = initial;
  let running: { timer: Timer; resolve: () => void } | null = null;

  const stop = () => {
    if (!running) return;
    running.timer.stop();
    running.resolve();
    running = null;
  };

  return {
    current: () => view,
    zoomTo(target, duration) {
      stop();
      if (duration <= 0 || (target.x0 === view.x0 && target.x1 === view.x1)) {
        view = target;
        onFrame(view, false);
        return Promise.resolve();
      }
      // Two numbers to tween: a plain linear step (d3-interpolate would bring d3-color with it).
      // A fresh object each frame, so state updates (compared by identity) are never skipped.
      const from = view;
      const at = (e: number): View => ({
        x0: turns(from.x0 + (target.x0 - from.x0) * e),
        x1: turns(from.x1 + (target.x1 - from.x1) * e),
      });
      return new Promise<void>((resolve) => {
        const t = timer((elapsed) => {
          const k = Math.min(1, elapsed / duration);
          view = k === 1 ? target : at(easeCubicInOut(k));
          onFrame(view, k < 1);
          if (k === 1) stop();
        });
        running = { timer: t, resolve };
      });
    },
    destroy: stop,
  };
}
