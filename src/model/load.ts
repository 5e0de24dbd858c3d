import type { Issue } from './validate';
import type { Model, ResourceLibrary } from './types';

/** What went wrong while loading, said so a person can fix it. */
export interface LoadError {
  /** Where the data came from: an address or a file name, named once by whatever shows this. */
  source: string;
  /** One plain sentence for each problem, never repeating the source. */
  summary: string;
  issues: Issue[];
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: LoadError };

const fail = (source: string, summary: string): LoadResult<never> => ({
  ok: false,
  error: { source, summary, issues: [] },
});

/**
 * Fetches and parses one of the app's own JSON files (the bundled model, the resource library).
 * A person's own model goes through ./open.ts instead, which bounds and validates it.
 */
export async function fetchJson(url: string, fetcher: typeof fetch = fetch) {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    return fail(url, 'The server could not be reached.');
  }
  if (!response.ok)
    return fail(url, `The server answered ${response.status} ${response.statusText}`.trim() + '.');
  // The app's own files are checked by the build, so a plain parse will do: the first page needs
  // none of the untrusted-input reader (./read.ts), which finds the line of a fault.
  if ((response.headers.get('content-type') ?? '').startsWith('text/html'))
    return fail(url, 'The server sent a web page, not the data file.');
  try {
    return { ok: true as const, value: (await response.json()) as unknown };
  } catch {
    return fail(url, 'The file is not valid JSON: it may have been damaged on the way here.');
  }
}

/**
 * Fills the optional arrays of a model that was validated at build time, so the first page needs
 * no validator: the bundled model is checked by the build and the tests, not in the browser.
 */
export function trustedModel(json: unknown): Model {
  const m = json as Partial<Model> & Model;
  return {
    ...m,
    outcomeCategories: m.outcomeCategories ?? [],
    outcomes: m.outcomes ?? [],
    links: m.links ?? [],
    centreLinks: m.centreLinks ?? [],
  };
}

/** Loads the bundled resource library (validated at build and test time). */
export async function loadResourceLibrary(url: string, fetcher?: typeof fetch) {
  const json = await fetchJson(url, fetcher);
  return json.ok ? { ok: true as const, value: json.value as ResourceLibrary } : json;
}
