import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { ROOM_LIMITS } from '../src/features/room/protocol.ts';
import { Hub } from './hub.ts';
import type { RoomContext } from './context.ts';
import { DEFAULT_LIMITS, WindowLimiter, type Limits } from './limits.ts';
import { controlRoutes } from './routes/control.ts';
import { SECURITY_HEADERS } from './routes/http.ts';
import { joinRoutes } from './routes/join.ts';
import { addressKeyer } from './secrets.ts';
import type { RoomStore } from './store/types.ts';

export interface ServerOptions {
  store: RoomStore;
  /** The app's origins: the only ones CORS lets a browser call from. */
  appOrigins: readonly string[];
  limits?: Partial<Limits>;
  now?: () => number;
  /** Snapshots go out at most this often (2 s). */
  intervalMs?: number;
  /** Behind a reverse proxy, take the address from X-Forwarded-For (for the limits only). */
  trustProxy?: boolean;
}

const ERRORS: Record<number, string> = {
  400: 'The request is not valid.',
  404: 'There is nothing at that address.',
  413: 'That request is too large.',
  415: 'Send the request as JSON.',
  429: 'Too many requests: wait a moment and try again.',
};

/**
 * The room server: Fastify with the routes for presenters (control key in the Authorization
 * header) and participants (join code), CORS for the app's origins only, and no request logging,
 * so no address or browser is ever written down.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const now = options.now ?? Date.now;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Open event streams would hold a closing server open.
    forceCloseConnections: true,
  });
  // JSON only: a body of any other type is refused with a 415.
  app.removeContentTypeParser('text/plain');
  const hub = new Hub(options.store, { now, intervalMs: options.intervalMs });
  const context: RoomContext = {
    store: options.store,
    hub,
    now,
    limits,
    addressKey: addressKeyer(),
    limiters: {
      rooms: new WindowLimiter(limits.roomsPerAddressHour, 60 * 60 * 1000, now),
      wrongCodes: new WindowLimiter(limits.wrongCodesPerAddressMinute, 60 * 1000, now),
      wrongCodesAll: new WindowLimiter(limits.wrongCodesPerMinute, 60 * 1000, now),
      answersPerToken: new WindowLimiter(limits.answersPerToken10s, 10 * 1000, now),
      answersPerRoom: new WindowLimiter(limits.answersPerRoom10s, 10 * 1000, now),
    },
  };

  await app.register(cors, {
    origin: [...options.appOrigins],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['content-type', 'authorization', 'last-event-id'],
    maxAge: 600,
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    void reply
      .code(status)
      .send({ error: ERRORS[status] ?? 'The room server failed: try again in a moment.' });
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send({ error: ERRORS[404] });
  });
  app.addHook('preClose', async () => hub.close());

  app.get('/api/health', async () => ({ ok: true, snapshotMs: ROOM_LIMITS.snapshotMs }));
  controlRoutes(app, context);
  joinRoutes(app, context);
  return app;
}
