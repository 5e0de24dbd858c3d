import { LIMITS } from './limits';
import type { LoadResult } from './load';
import { parseJson, readBlob, readResponse, type Read } from './read';
import type { Model } from './types';
import { validateModel } from './validate';

/** A model to open: from an address (already checked by ./address) or from a file. */
export type OpenRequest = { kind: 'url'; url: string } | { kind: 'file'; file: Blob; name: string };

/** How long a server may take before the person is told it did not answer. */
export const FETCH_TIMEOUT_MS = 30_000;

/** Where a request's model comes from, as messages name it: the address or the file name. */
export const sourceOf = (request: OpenRequest) =>
  request.kind === 'url' ? request.url : request.name;

async function fetchText(url: string, fetcher: typeof fetch): Promise<Read<string>> {
  const host = new URL(url).host;
  const sameSite = typeof location !== 'undefined' && new URL(url).origin === location.origin;
  let response: Response;
  try {
    response = await fetcher(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'application/json' },
    });
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
export async function openModel(
  request: OpenRequest,
  fetcher: typeof fetch = fetch,
): Promise<LoadResult<Model>> {
  const source = sourceOf(request);
  const fail = (summary: string): LoadResult<Model> => ({
    ok: false,
    error: { source, summary, issues: [] },
  });
  try {
    const text =
      request.kind === 'url'
        ? await fetchText(request.url, fetcher)
        : await readBlob(request.file, LIMITS.bytes);
    if (!text.ok) return fail(text.summary);
    const json = parseJson(text.value, request.kind === 'url' ? 'server' : 'file');
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
