/** How long a server may take before the person is told it did not answer. */
export const FETCH_TIMEOUT_MS = 30_000;

/** How the app asks for a model by address, less its time limit: no cookies, JSON wanted. */
export const MODEL_REQUEST = {
  credentials: 'omit',
  redirect: 'follow',
  headers: { accept: 'application/json' },
} as const satisfies RequestInit;

/** How the app asks for a model by address: no cookies, JSON wanted, a time limit. */
export const modelRequest = (): RequestInit => ({
  ...MODEL_REQUEST,
  headers: { ...MODEL_REQUEST.headers },
  signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
});
