/**
 * Runs `fn` once the page is idle; where the browser cannot tell (no requestIdleCallback), after
 * `fallbackMs`.
 */
export function whenIdle(fn: () => void, fallbackMs: number) {
  if (window.requestIdleCallback) window.requestIdleCallback(fn);
  else window.setTimeout(fn, fallbackMs);
}
