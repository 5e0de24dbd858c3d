/** Every route of the app in one place, so links and the parser agree. */
export const paths = {
  model: () => '/',
  domain: (id: string) => `/domain/${encodeURIComponent(id)}`,
  factor: (id: string) => `/factor/${encodeURIComponent(id)}`,
  outcome: (id: string) => `/outcome/${encodeURIComponent(id)}`,
  resource: (id: string) => `/resource/${encodeURIComponent(id)}`,
  about: () => '/about',
  act: () => '/act',
};

/** Query parameters that belong to the whole visit (the model on show, the filters), not a page. */
export const STICKY_PARAMS = ['model', 'audience', 'type', 'act', 'area', 'embed'] as const;

/**
 * Adds the sticky query parameters of the current location to a path.
 * @example withSticky('/factor/autonomy', '?model=x.json&q=1') // '/factor/autonomy?model=x.json'
 */
export function withSticky(path: string, currentSearch: string): string {
  const from = new URLSearchParams(currentSearch);
  const [pathname, query = ''] = path.split('?');
  const to = new URLSearchParams(query);
  for (const key of STICKY_PARAMS) {
    const value = from.get(key);
    if (value !== null && !to.has(key)) to.set(key, value);
  }
  const search = to.toString();
  return search ? `${pathname}?${search}` : (pathname ?? '/');
}

/** A copy of `params` with `key` set to `value`, or removed when `value` is empty. */
export function withParam(params: URLSearchParams, key: string, value: string | null) {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}
