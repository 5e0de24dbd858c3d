import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod/mini';
import {
  joinCodeSchema,
  normaliseCode,
  putAnswerSchema,
  withdrawSchema,
  type AnswerAck,
} from '../../src/features/room/protocol.ts';
import type { RoomContext } from '../context.ts';
import { hashSecret } from '../secrets.ts';
import { answerProblem } from '../tally.ts';
import { publicView } from '../views.ts';
import { fail, follow, parse } from './http.ts';

/** The participants' routes: find a room by its code, follow it, answer, change or withdraw. */
export function joinRoutes(app: FastifyInstance, ctx: RoomContext) {
  const { store, hub, now, limits, limiters } = ctx;

  /**
   * The live room with the request's join code, or undefined after a 404. Wrong codes count
   * against the address (and against everyone), so guessing codes soon meets a 429.
   */
  async function joined(request: FastifyRequest, reply: FastifyReply) {
    const address = ctx.addressKey(request.ip);
    if (limiters.wrongCodes.blocked(address) || limiters.wrongCodesAll.blocked('all')) {
      void reply.header('retry-after', String(limiters.wrongCodes.retryAfter(address)));
      void fail(reply, 429, { error: 'Too many wrong codes: wait a minute, then try again.' });
      return undefined;
    }
    const code = normaliseCode(String((request.params as { code?: unknown }).code ?? ''));
    const room = joinCodeSchema.safeParse(code).success ? await store.byCode(code, now()) : null;
    if (!room) {
      limiters.wrongCodes.hit(address);
      limiters.wrongCodesAll.hit('all');
      void fail(reply, 404, { error: 'No room has that code: check it with the presenter.' });
      return undefined;
    }
    return room;
  }

  app.get('/api/join/:code', async (request, reply) => {
    const room = await joined(request, reply);
    return room ? publicView(room) : reply;
  });

  app.get('/api/join/:code/events', async (request, reply) => {
    const room = await joined(request, reply);
    if (!room) return reply;
    const open = hub.count(room.id);
    if (open.presenters + open.participants >= limits.streamsPerRoom)
      return fail(reply, 503, { error: 'This room has as many people as it can hold.' });
    return follow(request, reply, (stream) => hub.addParticipant(room, stream));
  });

  /**
   * An answer's (or a withdrawal's) room, body and participant, once the code, the body and the
   * participant's own limit have passed; undefined after the refusal.
   */
  async function answering<T extends { token: string }>(
    request: FastifyRequest,
    reply: FastifyReply,
    schema: z.ZodMiniType<T>,
  ) {
    const room = await joined(request, reply);
    if (!room) return undefined;
    const body = parse(schema, request.body, reply);
    if (!body) return undefined;
    // A participant is kept only as this hash, and it differs from room to room.
    const participant = hashSecret(`${room.id}:${body.token}`);
    if (!limiters.answersPerToken.hit(participant)) {
      void fail(reply, 429, { error: 'Answers are coming too fast: wait a few seconds.' });
      return undefined;
    }
    return { room, body, participant };
  }

  const answerRoute = { bodyLimit: 24 * 1024 };

  app.put('/api/join/:code/answer', answerRoute, async (request, reply) => {
    const sent = await answering(request, reply, putAnswerSchema);
    if (!sent) return reply;
    const { room, body, participant } = sent;
    if (!limiters.answersPerRoom.hit(room.id))
      return fail(reply, 429, { error: 'The room is busy: your answer will be sent again.' });
    if (!room.question || room.question.id !== body.questionId)
      return fail(reply, 409, { error: 'That question has closed.', reason: 'closed' });
    if (!room.open)
      return fail(reply, 409, { error: 'Answers are paused for now.', reason: 'paused' });
    const problem = answerProblem(room.question, body.answer);
    if (problem) return fail(reply, 400, { error: problem });
    const version = await store.putAnswer(
      room.id,
      body.questionId,
      participant,
      body.answer,
      limits.participantsPerQuestion,
    );
    if (version === 'full')
      return fail(reply, 409, {
        error: 'This question has all the answers it can take.',
        reason: 'full',
      });
    const ack: AnswerAck = { ok: true, version };
    return ack;
  });

  app.delete('/api/join/:code/answer', answerRoute, async (request, reply) => {
    const sent = await answering(request, reply, withdrawSchema);
    if (!sent) return reply;
    const { room, body, participant } = sent;
    // Withdrawing is allowed while answers are paused: taking an answer back is always allowed
    // while its question is on.
    if (!room.question || room.question.id !== body.questionId)
      return fail(reply, 409, { error: 'That question has closed.', reason: 'closed' });
    const ack: AnswerAck = {
      ok: true,
      version: await store.withdraw(room.id, body.questionId, participant),
    };
    return ack;
  });
}
