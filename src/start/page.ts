/**
 * The page before the app has taken it over (src/main.tsx, ./run.tsx). The build's drawing of the
 * first screen shows at once but answers clicks only once React has adopted it; a click in
 * between is held and replayed then, so none is lost.
 */
import { holdClicks as holdOn, type HeldClicks } from './guard.ts';

/** Where the held clicks are kept: the page's inline script starts holding them on a drawn page. */
export const HELD_CLICKS = '__cwbHeldClicks';

/** Resolves once the page has been parsed (the entry may run before: src/main.tsx). */
export const domReady = () =>
  new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });

/**
 * Runs `start` once the diagram drawn before the app (the build's, or a linked model's sketch) is
 * on screen, or once the page has painted if the build drew a screen without one. Element Timing
 * says when the diagram's centre label was painted (src/diagram/Label.tsx); where the browser has
 * no Element Timing, the next frame will do, and a second at most in any case (a page opened in
 * the background paints nothing).
 */
export function afterDiagramPainted(start: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  setTimeout(once, 1000);
  const nextFrame = () => requestAnimationFrame(() => setTimeout(once));
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
    nextFrame();
    return;
  }
  // A screen drawn without a diagram (reflection): the first frame of the page will do.
  void domReady().then(() => {
    if (!document.querySelector('#root [elementtiming^="cwb-diagram-"]')) nextFrame();
  });
  // Element Timing entries carry the element's `elementtiming` name as their identifier.
  const drawn = (e: PerformanceEntry) =>
    (e as PerformanceEntry & { identifier?: string }).identifier?.startsWith('cwb-diagram-');
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some(drawn)) return;
    observer.disconnect();
    setTimeout(once);
  });
  observer.observe({ type: 'element', buffered: true });
}

/** Holds clicks on the page until the app is ready (the inline script may have begun already). */
export const holdClicks = () => holdOn(HELD_CLICKS);

/**
 * The app can answer: marks it (cwb:app-ready, which the browser journeys wait for, and the
 * `app-ready` class, which src/styles.css reads) and replays any click held meanwhile on the
 * element it was made on. If that element has been replaced (a linked model's sketch,
 * src/start/sketch.ts, gives way to the app's own drawing), the click goes to what the app has
 * drawn at the same point, once that has been painted.
 */
export function appReady() {
  performance.mark('cwb:app-ready');
  document.documentElement.classList.add('app-ready');
  const page = window as unknown as Record<string, HeldClicks | undefined>;
  const held = page[HELD_CLICKS];
  if (!held) return;
  held.stop();
  delete page[HELD_CLICKS];
  for (const event of held.events.splice(0)) {
    const replay = (target: Element | null) =>
      target?.dispatchEvent(new MouseEvent('click', event));
    if (event.target instanceof Element && event.target.isConnected) replay(event.target);
    else
      requestAnimationFrame(() =>
        setTimeout(() => replay(document.elementFromPoint(event.clientX, event.clientY))),
      );
  }
}

/**
 * Who draws the page first for a linked model: a quick sketch of it (src/start/sketch.ts), or the
 * app itself. Once the app has the page, no sketch is drawn; if a sketch is on show, the app
 * leaves it there until its own first render replaces it.
 */
let claimed = false;
let sketched = false;
export const rootClaimed = () => claimed;
export const sketchShown = () => void (sketched = true);
/** The app takes the page over; says whether a sketch is on show. */
export function claimRoot(): boolean {
  claimed = true;
  return sketched;
}
