import { checkModelAddress } from './address';
import type { LoadResult } from './load';
import { modelRequest } from './request';
import type { Model } from './types';

// A model that `?model=` names on this site, requested as the page starts (src/main.tsx), so it
// arrives while the app's code does. It is read and checked on the page, with the same checks as
// any model from a link (./open.ts), and both its first sketch (src/start/sketch.ts) and the app
// (src/app/data.ts) share that one reading.

/** A model on this site named by `?model=`, requested as the page started. */
export interface EarlyModel {
  url: string;
  host: string;
  response: Promise<Response>;
  /** The response read and checked on the page (openEarlyModel below), once something asked. */
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

/** The early request, if one was made: to be opened once (openEarlyModel below). */
export const earlyModel = () => early;

/** Forgets the early request: later opens of the same address fetch it again. */
export const forgetEarlyModel = () => void (early = null);

/**
 * Up to this size, the early model is read and checked on the page: that takes less than starting
 * a worker. The 5,000-factor model the bench draws is 1.5 MB.
 */
export const ON_PAGE_BYTES = 2 * 1024 * 1024;

async function openOnPage(pending: Promise<Response>, url: string) {
  // A failed request is made again by the worker, which words the failure.
  const response = await pending.catch(() => null);
  if (!response) return null;
  const size = Number(response.headers.get('content-length'));
  if (!(size > 0 && size <= ON_PAGE_BYTES)) {
    void response.body?.cancel();
    return null;
  }
  const { openResponse } = await import('./open');
  return openResponse(response, url);
}

/**
 * The early model read and checked on the page, with the same checks as any model from a link
 * (./open.ts); null when it is too big for that, or the request failed, so the worker
 * should open it. The first glance at it (src/start/sketch.ts) and the app share the one reading.
 */
export function openEarlyModel(): Promise<LoadResult<Model> | null> | null {
  const early = earlyModel();
  if (!early) return null;
  early.opened ??= openOnPage(early.response, early.url);
  return early.opened;
}

/** Takes the early model for `url`, opened; later opens of the same address fetch it again. */
export function takeEarlyModel(url: string): Promise<LoadResult<Model> | null> | null {
  if (earlyModel()?.url !== url) return null;
  const opened = openEarlyModel();
  forgetEarlyModel();
  return opened;
}
