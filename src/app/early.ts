import { checkModelAddress } from '../model/address';
import type { LoadResult } from '../model/load';
import { modelRequest } from '../model/request';
import type { Model } from '../model/types';

/**
 * The page before the app has taken it over (src/main.tsx, src/app/run.tsx). The build's drawing
 * of the first screen shows at once but answers clicks only once React has adopted it; a click in
 * between is held and replayed then, so none is lost. A model linked on this site is requested
 * at once, while the app itself loads.
 */
const held: MouseEvent[] = [];
let holding = false;

const hold = (event: MouseEvent) => {
  event.preventDefault();
  event.stopImmediatePropagation();
  held.push(event);
};

/** Resolves once the page has been parsed (the entry may run before: src/main.tsx). */
export const domReady = () =>
  new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });

/**
 * Runs `start` once the diagram drawn before the app (the build's, or a linked model's sketch) is
 * on screen. Element Timing says when the diagram's centre label was painted
 * (src/diagram/Label.tsx); where the browser has no Element Timing, the next frame will do, and
 * a second at most in any case (a page opened in the background paints nothing).
 */
export function afterDiagramPainted(start: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  setTimeout(once, 1000);
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
    requestAnimationFrame(() => setTimeout(once));
    return;
  }
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

/** Holds clicks on the page until the app is ready. */
export function holdClicks() {
  holding = true;
  document.addEventListener('click', hold, true);
}

/**
 * The app can answer: marks it (cwb:app-ready, which the browser journeys wait for, and the
 * `app-ready` class, which src/styles.css reads) and replays any click held meanwhile on the
 * element it was made on. If that element has been replaced (a linked model's sketch,
 * src/app/sketch.ts, gives way to the app's own drawing), the click goes to what the app has
 * drawn at the same point, once that has been painted.
 */
export function appReady() {
  performance.mark('cwb:app-ready');
  document.documentElement.classList.add('app-ready');
  if (!holding) return;
  holding = false;
  document.removeEventListener('click', hold, true);
  for (const event of held.splice(0)) {
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
 * Who draws the page first for a linked model: a quick sketch of it (src/app/sketch.ts), or the
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

/** A model on this site named by `?model=`, requested as the page started. */
export interface EarlyModel {
  url: string;
  host: string;
  response: Promise<Response>;
  /** The response read and checked on the page (./earlyOpen.ts), once something asked. */
  opened?: Promise<LoadResult<Model> | null>;
}
let early: EarlyModel | null = null;

/**
 * Requests the model that `?model=` names, if it is on this site (the same rules as the app's:
 * src/model/address.ts), and says whether it did. A model on another site waits for the person's
 * consent, so it is never requested here.
 */
export function requestLinkedModel(): boolean {
  const param = new URLSearchParams(location.search).get('model');
  if (param === null) return false;
  const address = checkModelAddress(param, location.href);
  if (!address.ok || !address.sameOrigin) return false;
  early = {
    url: address.url,
    host: address.host,
    response: fetch(address.url, modelRequest()),
  };
  return true;
}

/** The early request, if one was made: to be opened once (./earlyOpen.ts). */
export const earlyModel = () => early;

/** Forgets the early request: later opens of the same address fetch it again. */
export const forgetEarlyModel = () => void (early = null);
