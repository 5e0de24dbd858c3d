import type { LoadResult } from '../model/load';
import type { Model } from '../model/types';
import { earlyModel, forgetEarlyModel } from './early';

// Opening the model a link on this site names, requested as the page started (./early.ts). Not
// part of the first page: only a page with such a link loads this.

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
  const { openResponse } = await import('../model/open');
  return openResponse(response, url);
}

/**
 * The early model read and checked on the page, with the same checks as any model from a link
 * (src/model/open.ts); null when it is too big for that, or the request failed, so the worker
 * should open it. The first glance at it (src/app/sketch.ts) and the app share the one reading.
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
