import { whenIdle } from '../../page/idle';

/** What counts as the person using the page: pressing, typing, scrolling, touching. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface QuietOptions {
  /** How long the person must leave the page alone. */
  quietMs: number;
  /** The latest it runs after the call, used or not. */
  maxWaitMs: number;
}

/**
 * Runs `fn` once, in idle time, after the person has left the page alone for `quietMs` (every
 * press, key, wheel or touch starts the wait again), or after `maxWaitMs` at the latest. For work
 * that may take both cores for a moment, such as a service worker downloading the app for offline
 * use: it waits for a pause rather than stuttering a zoom the person has just asked for.
 * Returns a function that cancels it.
 */
export function whenQuiet(fn: () => void, { quietMs, maxWaitMs }: QuietOptions): () => void {
  let cancelled = false;
  let quiet = 0;
  // Once it stops waiting, no timer or listener is left to call `finish` again.
  const stopWaiting = () => {
    window.clearTimeout(quiet);
    window.clearTimeout(latest);
    for (const type of INPUT_EVENTS) window.removeEventListener(type, restart, true);
  };
  const finish = () => {
    stopWaiting();
    whenIdle(() => {
      if (!cancelled) fn();
    }, quietMs);
  };
  const restart = () => {
    window.clearTimeout(quiet);
    quiet = window.setTimeout(finish, quietMs);
  };
  const latest = window.setTimeout(finish, maxWaitMs);
  for (const type of INPUT_EVENTS)
    window.addEventListener(type, restart, { capture: true, passive: true });
  restart();
  return () => {
    cancelled = true;
    stopWaiting();
  };
}
