import { LIMITS } from './limits';
import type { LoadResult } from './load';
import { parseJson, readBlob, readResponse, type Read } from './read';
import { FETCH_TIMEOUT_MS, modelRequest } from './request';
import type { Model } from './types';
import { validateModel } from './validate';

/** A model to open: from an address (already checked by ./address) or from a file. */
export type OpenRequest = { kind: 'url'; url: string } | { kind: 'file'; file: Blob; name: string };

/** Where a request's model comes from, as messages name it: the address or the file name. */
export const sourceOf = (request: OpenRequest) =>
  request.kind === 'url' ? request.url : request.name;

async function fetchText(url: string, fetcher: typeof fetch): Promise<Read<string>> {
  const host = new URL(url).host;
  const sameSite = typeof location !== 'undefined' && new URL(url).origin === location.origin;
  let response: Response;
  try {
    response = await fetcher(url, modelRequest());
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'TimeoutError')
      return {
        ok: false,
        summary: `The server did not answer within ${FETCH_TIMEOUT_MS / 1000} seconds.`,
      };
    return {
      ok: false,
      summary: sameSite
        ? 'The server could not be reached.'
        : `${host} could not be reached, or it does not let other sites read its files.`,
    };
  }
  return readResponse(response, LIMITS.bytes);
}

/**
 * Opens an untrusted model: reads at most the size limit, parses, checks its size and shape, and
 * validates every reference. Never throws: every failure comes back as a LoadError that says
 * what went wrong, once, and where. Runs in a Web Worker (./modelWorker.ts) so a big file never
 * holds up the page.
 */
export function openModel(
  request: OpenRequest,
  fetcher: typeof fetch = fetch,
): Promise<LoadResult<Model>> {
  return checked(sourceOf(request), request.kind === 'url' ? 'server' : 'file', () =>
    request.kind === 'url' ? fetchText(request.url, fetcher) : readBlob(request.file, LIMITS.bytes),
  );
}

/**
 * The same checks for a response already under way: a small model on this site, requested as the
 * page started (src/start/page.ts) and opened on the page, where a worker would take longer to
 * start than the work takes.
 */
export const openResponse = (response: Response, url: string): Promise<LoadResult<Model>> =>
  checked(url, 'server', () => readResponse(response, LIMITS.bytes));

async function checked(
  source: string,
  from: 'server' | 'file',
  read: () => Promise<Read<string>>,
): Promise<LoadResult<Model>> {
  const fail = (summary: string): LoadResult<Model> => ({
    ok: false,
    error: { source, summary, issues: [] },
  });
  try {
    const text = await read();
    if (!text.ok) return fail(text.summary);
    const json = parseJson(text.value, from);
    if (!json.ok) return fail(json.summary);
    const result = validateModel(json.value);
    if (result.ok) return { ok: true, value: result.value };
    const n = result.issues.length;
    return {
      ok: false,
      error: {
        source,
        summary: `It is not a valid model: ${n} problem${n === 1 ? '' : 's'} found.`,
        issues: result.issues,
      },
    };
  } catch (cause) {
    // Nothing above should throw; if something does, say so rather than leave the person waiting.
    return fail(
      `It could not be read (${cause instanceof Error ? cause.message : 'unknown error'}).`,
    );
  }
}
