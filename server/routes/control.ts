import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/mini';
import {
  createRoomSchema,
  ROOM_LIMITS,
  roomPatchSchema,
  secretSchema,
  type CreatedRoom,
  type RoomResults,
} from '../../src/features/room/protocol.ts';
import type { RoomContext } from '../context.ts';
import { hashSecret, newJoinCode, newKey, newRoomId, secretMatches } from '../secrets.ts';
import type { RoomRecord } from '../store/types.ts';
import { tally } from '../tally.ts';
import { presenterView } from '../views.ts';
import { fail, follow, parse } from './http.ts';

const roomParams = z.object({ roomId: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)) });

/** The presenter's routes: make a room, run it, read its results, end it. */
export function controlRoutes(app: FastifyInstance, ctx: RoomContext) {
  const { store, hub, now, limits, limiters } = ctx;

  /**
   * The room the request's key controls, or undefined after a 404 (no such room) or a 403 (no
   * key, or another one: a join code is never a control key).
   */
  async function controlled(request: FastifyRequest, reply: FastifyReply) {
    const params = roomParams.safeParse(request.params);
    const room = params.success ? await store.byId(params.data.roomId, now()) : null;
    if (!room) {
      void fail(reply, 404, { error: 'There is no such room: it may have ended.' });
      return undefined;
    }
    const key = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (!secretSchema.safeParse(key).success || !secretMatches(key, room.keyHash)) {
      void fail(reply, 403, { error: 'That key does not control this room.' });
      return undefined;
    }
    return room;
  }

  app.post('/api/rooms', { bodyLimit: 1024 }, async (request, reply) => {
    if (!limiters.rooms.hit(ctx.addressKey(request.ip)))
      return fail(reply, 429, { error: 'Too many rooms made from here: try again later.' });
    const body = parse(createRoomSchema, request.body ?? {}, reply);
    if (!body) return reply;
    if ((await store.countLive(now())) >= limits.rooms)
      return fail(reply, 503, { error: 'The room server is full: try again later.' });
    const controlKey = newKey();
    for (let attempt = 0; attempt < 8; attempt++) {
      const createdAt = now();
      const room: RoomRecord = {
        id: newRoomId(),
        code: newJoinCode(),
        keyHash: hashSecret(controlKey),
        threshold: body.threshold ?? ROOM_LIMITS.threshold.default,
        question: null,
        open: true,
        resultsVisible: true,
        createdAt,
        expiresAt: createdAt + ROOM_LIMITS.lifetimeMs,
        version: 0,
      };
      if (await store.create(room)) {
        const created: CreatedRoom = { room: presenterView(room), controlKey };
        return reply.code(201).send(created);
      }
    }
    return fail(reply, 503, { error: 'No free join code was found: try again.' });
  });

  app.get('/api/rooms/:roomId', async (request, reply) => {
    const room = await controlled(request, reply);
    return room ? presenterView(room) : reply;
  });

  app.patch('/api/rooms/:roomId', async (request, reply) => {
    const room = await controlled(request, reply);
    if (!room) return reply;
    const change = parse(roomPatchSchema, request.body, reply);
    if (!change) return reply;
    const updated = await store.update(room.id, change);
    return updated ? presenterView(updated) : fail(reply, 404, { error: 'The room has ended.' });
  });

  app.get('/api/rooms/:roomId/results', async (request, reply) => {
    const room = await controlled(request, reply);
    if (!room) return reply;
    const results: RoomResults = { questions: [] };
    for (const question of await store.questions(room.id)) {
      const { answered, counts } = tally(question, await store.answers(room.id, question.id));
      const shown = answered >= room.threshold;
      results.questions.push({ question, answered, shown, counts: shown ? counts : {} });
    }
    return results;
  });

  app.delete('/api/rooms/:roomId', async (request, reply) => {
    const room = await controlled(request, reply);
    if (!room) return reply;
    await store.delete(room.id);
    return reply.code(204).send();
  });

  app.get('/api/rooms/:roomId/events', async (request, reply) => {
    const room = await controlled(request, reply);
    if (!room) return reply;
    const open = hub.count(room.id);
    if (open.presenters >= 5)
      return fail(reply, 503, { error: 'This room has as many presenter screens as it can hold.' });
    return follow(request, reply, (stream) => hub.addPresenter(room, stream));
  });
}
