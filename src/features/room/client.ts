import { z } from 'zod/mini';
import type { RefusalReason, RoomError } from './protocol';

/**
 * Where the room server is: the build's `VITE_ROOM_SERVER` (its origin, which the page's
 * Content-Security-Policy then names), or this site itself, where the dev server and `vite preview`
 * pass `/api` on to a room server on this machine.
 */
export const ROOM_SERVER = (import.meta.env.VITE_ROOM_SERVER ?? '').replace(/\/+$/, '');

export const roomUrl = (path: string) => `${ROOM_SERVER}${path}`;

/** A request the server answered with an error: its status, its sentence, and for a refused answer, why. */
export class RoomRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason?: RefusalReason,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

const healthSchema = z.object({ ok: z.literal(true) });

/** The sentence for a request that never reached the server. */
export const UNREACHABLE = 'The room server cannot be reached.';

const UNREADABLE = 'The room server’s answer could not be read.';

/**
 * Reads what the server sent (an answer or an event) by the shared schema: anything else is
 * refused, so nothing the page did not expect is ever drawn.
 */
export function readAs<T>(schema: z.ZodMiniType<T>, value: unknown, status = 200): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RoomRequestError(status, UNREADABLE);
  return result.data;
}

/**
 * Sends a JSON request to the room server and reads its JSON answer by `schema`. An error answer
 * throws a RoomRequestError with the server's sentence; no answer at all throws a TypeError.
 */
export async function roomRequest<T = void>(
  path: string,
  init: { method?: string; body?: unknown; key?: string; signal?: AbortSignal } = {},
  schema?: z.ZodMiniType<T>,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  const response = await fetch(roomUrl(path), {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
    // Nothing of the person's goes with it: no cookies, no referrer.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as
    (RoomError & Record<string, unknown>) | null;
  if (!response.ok) {
    const retry = Number(response.headers.get('retry-after'));
    throw new RoomRequestError(
      response.status,
      body && typeof body.error === 'string'
        ? body.error
        : `The room server answered ${response.status}.`,
      body?.reason,
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  if (!schema) return undefined as T;
  return readAs(schema, body, response.status);
}

/**
 * Whether a room server answers here: false on a static build with none (its host answers the
 * health check with a page, a 404 or nothing), so the app can say that live rooms need one.
 */
export async function roomServerAvailable(timeoutMs = 4000): Promise<boolean> {
  try {
    const health = await roomRequest(
      '/api/health',
      { signal: AbortSignal.timeout(timeoutMs) },
      healthSchema,
    );
    return health.ok;
  } catch {
    return false;
  }
}

/** 32 random bytes, base64url: a participant's token. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
