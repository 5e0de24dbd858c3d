import { checkModelAddress } from '../model/address';
import { modelRequest } from '../model/request';

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

/** Holds clicks on the page until the app is ready. */
export function holdClicks() {
  holding = true;
  document.addEventListener('click', hold, true);
}

/**
 * The app can answer: marks it (cwb:app-ready, which the browser journeys wait for) and replays
 * any click held meanwhile on the element it was made on.
 */
export function appReady() {
  performance.mark('cwb:app-ready');
  if (!holding) return;
  holding = false;
  document.removeEventListener('click', hold, true);
  for (const event of held.splice(0))
    if (event.target instanceof Element && event.target.isConnected)
      event.target.dispatchEvent(new MouseEvent('click', event));
}

/** A model on this site named by `?model=`, requested as the page started. */
export interface EarlyModel {
  url: string;
  host: string;
  response: Promise<Response>;
}
let early: EarlyModel | null = null;

/**
 * Requests the model that `?model=` names, if it is on this site (the same rules as the app's:
 * src/model/address.ts). A model on another site waits for the person's consent, so it is never
 * requested here.
 */
export function requestLinkedModel() {
  const param = new URLSearchParams(location.search).get('model');
  if (param === null) return;
  const address = checkModelAddress(param, location.href);
  if (!address.ok || !address.sameOrigin) return;
  early = {
    url: address.url,
    host: address.host,
    response: fetch(address.url, modelRequest()),
  };
}

/** The early request, if one was made: to be opened once (src/app/data.ts). */
export const earlyModel = () => early;

/** Takes the early request for `url`; later opens of the same address fetch it again. */
export function takeEarlyModel(url: string): Promise<Response> | null {
  if (early?.url !== url) return null;
  const { response } = early;
  early = null;
  return response;
}
