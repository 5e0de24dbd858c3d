import type { Issue } from './validate';
import type { Model, ResourceLibrary } from './types';

/** What went wrong while loading, said so a person can fix it. */
export interface LoadError {
  /** Where the data came from: a URL or a file name. */
  source: string;
  summary: string;
  issues: Issue[];
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: LoadError };

const fail = (source: string, summary: string, issues: Issue[] = []): LoadResult<never> => ({
  ok: false,
  error: { source, summary, issues },
});

/** Fetches and parses JSON, turning every way it can fail into a readable LoadError. */
export async function fetchJson(url: string, fetcher: typeof fetch = fetch) {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (cause) {
    return fail(url, `Could not reach ${url}. ${reason(cause)}`);
  }
  if (!response.ok)
    return fail(url, `The server answered ${response.status} ${response.statusText} for ${url}.`);
  return parseJsonText(await response.text(), url);
}

/** Parses JSON text, reporting the line and column of a syntax error where the engine gives one. */
export function parseJsonText(text: string, source: string): LoadResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    return fail(source, `${source} is not valid JSON: ${reason(cause)}`);
  }
}

const reason = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

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

/** Validates untrusted JSON as a model, loading the validator (and zod) only now. */
export async function validateUntrusted(json: unknown, source: string): Promise<LoadResult<Model>> {
  const { validateModel } = await import('./validate');
  const result = validateModel(json);
  if (result.ok) return { ok: true, value: result.value };
  const n = result.issues.length;
  return fail(
    source,
    `${source} is not a valid model: ${n} problem${n === 1 ? '' : 's'} found.`,
    result.issues,
  );
}

/** Loads a person's own model from a URL: fetch, parse, validate. */
export async function loadModelFromUrl(url: string, fetcher?: typeof fetch) {
  const json = await fetchJson(url, fetcher);
  return json.ok ? validateUntrusted(json.value, url) : json;
}

/** Loads a person's own model from a file they chose. */
export async function loadModelFromFile(file: Blob & { name: string }) {
  const json = parseJsonText(await file.text(), file.name);
  return json.ok ? validateUntrusted(json.value, file.name) : json;
}

/** Loads the bundled resource library (validated at build and test time). */
export async function loadResourceLibrary(url: string, fetcher?: typeof fetch) {
  const json = await fetchJson(url, fetcher);
  return json.ok ? { ok: true as const, value: json.value as ResourceLibrary } : json;
}
