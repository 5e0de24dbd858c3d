import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod/mini';
import type { RoomError } from '../../src/features/room/protocol.ts';
import type { Subscriber } from '../hub.ts';

/** Headers on every answer: nothing is cached, sniffed, framed or referred. */
export const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/** Sends an error: a status and one sentence. */
export const fail = (reply: FastifyReply, status: number, error: RoomError) =>
  reply.code(status).send(error);

/**
 * The body (or params) read by a shared schema, or undefined after a 400 that names the first
 * problem and where it is.
 */
export function parse<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  reply: FastifyReply,
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  void fail(reply, 400, {
    error: `The request is not valid (${where}${issue?.message ?? 'unknown'}).`,
  });
  return undefined;
}

/**
 * Answers with an event stream joined to the hub by `join` (which returns how to leave), and
 * leaves when the other end goes away.
 */
export function follow(
  request: FastifyRequest,
  reply: FastifyReply,
  join: (stream: Subscriber) => () => void,
) {
  let leave = () => {};
  leave = join(openStream(request, reply, () => leave()));
  return reply;
}

/**
 * Turns a request into a Server-Sent Events stream: a retry hint, the events, and a comment every
 * 15 s so proxies keep it open. `onClose` runs when the other end goes away.
 */
export function openStream(
  request: FastifyRequest,
  reply: FastifyReply,
  onClose: () => void,
): Subscriber {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    // CORS's headers, set on the reply before it was taken over.
    ...(reply.getHeaders() as Record<string, string>),
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 2000\n\n');
  const beat = setInterval(() => raw.write(': still here\n\n'), 15_000);
  let open = true;
  const stop = () => {
    if (!open) return;
    open = false;
    clearInterval(beat);
    onClose();
  };
  request.raw.on('close', stop);
  return {
    send(event, data) {
      if (open) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close() {
      stop();
      raw.end();
    },
  };
}
