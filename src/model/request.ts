/** How long a server may take before the person is told it did not answer. */
export const FETCH_TIMEOUT_MS = 30_000;

/** How the app asks for a model by address: no cookies, JSON wanted, a time limit. */
export const modelRequest = (): RequestInit => ({
  signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  credentials: 'omit',
  redirect: 'follow',
  headers: { accept: 'application/json' },
});
