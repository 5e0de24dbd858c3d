import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedRoom, PresenterRoom } from '../../src/features/room/protocol.ts';
import { buildServer } from '../../server/app.ts';
import type { Limits } from '../../server/limits.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import type { RoomStore } from '../../server/store/types.ts';
import { question, token } from './helpers.ts';

const APP = 'https://explorer.example';
let store: RoomStore;
let app: FastifyInstance;
let now = 1_800_000_000_000;

async function start(limits: Partial<Limits> = {}) {
  store = openSqliteStore(':memory:');
  app = await buildServer({ store, appOrigins: [APP], limits, now: () => now });
}
beforeEach(() => start());
afterEach(async () => {
  await app.close();
  await store.close();
});

const json = (body: unknown) => ({
  payload: JSON.stringify(body),
  headers: { 'content-type': 'application/json', origin: APP },
});

/** A room with a question open, as a presenter makes it. */
async function openRoom(kind: 'mark' | 'pick' = 'pick', threshold?: number) {
  const made = await app.inject({
    method: 'POST',
    url: '/api/rooms',
    ...json(threshold ? { threshold } : {}),
  });
  expect(made.statusCode).toBe(201);
  const { room, controlKey } = made.json<CreatedRoom>();
  const auth = { authorization: `Bearer ${controlKey}` };
  const set = await app.inject({
    method: 'PATCH',
    url: `/api/rooms/${room.roomId}`,
    payload: JSON.stringify({ question: question(kind) }),
    headers: { ...auth, 'content-type': 'application/json' },
  });
  expect(set.statusCode).toBe(200);
  return { room, controlKey, auth };
}

const answer = (code: string, body: unknown) =>
  app.inject({ method: 'PUT', url: `/api/join/${code}/answer`, ...json(body) });
const pick = (code: string, who: string, picks = ['ehr'], questionId = 'q-pick') =>
  answer(code, { token: who, questionId, answer: { kind: 'pick', picks } });

describe('making a room', () => {
  it('answers with a join code, a room id and a control key that are not alike', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/rooms', ...json({ threshold: 7 }) });
    expect(res.statusCode).toBe(201);
    const { room, controlKey } = res.json<CreatedRoom>();
    expect(room.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(controlKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(room.roomId).not.toContain(room.code);
    expect(room).toMatchObject({ threshold: 7, open: true, question: null, resultsVisible: true });
    expect(room.expiresAt - room.createdAt).toBe(24 * 60 * 60 * 1000);
    expect(JSON.stringify(room)).not.toContain(controlKey);
  });

  it.each([
    [{ threshold: 2 }, /threshold/],
    [{ threshold: 11 }, /threshold/],
    [{ threshold: 'five' }, /threshold/],
    [{ threshold: 5, extra: true }, /extra/],
  ])('refuses %j with a sentence', async (body, pattern) => {
    const res = await app.inject({ method: 'POST', url: '/api/rooms', ...json(body) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/^The request is not valid/);
    expect(res.json().error).toMatch(pattern);
  });

  it('refuses a body that is not JSON, or too large, and keeps working', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/rooms',
      payload: '{"threshold":',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: 'The request is not valid.' });
    const big = await app.inject({
      method: 'POST',
      url: '/api/rooms',
      ...json({ threshold: 5, pad: 'x'.repeat(2000) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toBe('That request is too large.');
    const text = await app.inject({
      method: 'POST',
      url: '/api/rooms',
      payload: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    expect((await app.inject({ method: 'POST', url: '/api/rooms', ...json({}) })).statusCode).toBe(
      201,
    );
  });

  it('is limited per address, so a flood of rooms meets a 429', async () => {
    await app.close();
    await start({ roomsPerAddressHour: 3 });
    const codes = [];
    for (let i = 0; i < 5; i++)
      codes.push((await app.inject({ method: 'POST', url: '/api/rooms', ...json({}) })).statusCode);
    expect(codes).toEqual([201, 201, 201, 429, 429]);
  });
});

describe('the presenter’s routes', () => {
  it('need the room’s own control key: none, another room’s, or the join code are refused', async () => {
    const { room, controlKey } = await openRoom();
    const other = await openRoom();
    const get = (authorization?: string) =>
      app.inject({
        method: 'GET',
        url: `/api/rooms/${room.roomId}`,
        headers: authorization ? { authorization } : {},
      });
    expect((await get(`Bearer ${controlKey}`)).json<PresenterRoom>().code).toBe(room.code);
    for (const key of [
      undefined,
      `Bearer ${other.controlKey}`,
      `Bearer ${room.code}`,
      room.code,
      `Bearer ${controlKey}x`,
    ]) {
      const res = await get(key);
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toBe('That key does not control this room.');
    }
    // The join code is not a room id either.
    const byCode = await app.inject({
      method: 'GET',
      url: `/api/rooms/${room.code}`,
      headers: { authorization: `Bearer ${controlKey}` },
    });
    expect(byCode.statusCode).toBe(404);
    for (const method of ['PATCH', 'DELETE'] as const) {
      const res = await app.inject({
        method,
        url: `/api/rooms/${room.roomId}`,
        headers: { authorization: `Bearer ${room.code}` },
      });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (await app.inject({ method: 'GET', url: `/api/rooms/${room.roomId}/results` })).statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: `/api/rooms/${room.roomId}/events` })).statusCode,
    ).toBe(403);
  });

  it('answer 404 for a room there is not', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/rooms/${'x'.repeat(22)}`,
      headers: { authorization: `Bearer ${'k'.repeat(43)}` },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('There is no such room: it may have ended.');
  });

  it('pause, resume, show and hide, and set a question', async () => {
    const { room, auth } = await openRoom();
    const patch = (body: unknown) =>
      app.inject({
        method: 'PATCH',
        url: `/api/rooms/${room.roomId}`,
        payload: JSON.stringify(body),
        headers: { ...auth, 'content-type': 'application/json' },
      });
    expect((await patch({ open: false, resultsVisible: false })).json()).toMatchObject({
      open: false,
      resultsVisible: false,
    });
    expect((await patch({ open: true })).json()).toMatchObject({
      open: true,
      resultsVisible: false,
    });
    expect((await patch({ question: null })).json()).toMatchObject({ question: null });
  });

  it.each([
    [{ open: 'yes' }],
    [{ question: { id: 'q', kind: 'vote', title: 'T', factors: [{ id: 'a', label: 'A' }] } }],
    [{ question: { id: 'q', kind: 'pick', title: 'T', factors: [] } }],
    [
      {
        question: {
          id: 'q',
          kind: 'pick',
          title: 'T',
          factors: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        },
      },
    ],
    [{ question: { id: 'q', kind: 'pick', title: 'T', factors: [{ id: 'A B', label: 'A' }] } }],
    [
      {
        question: {
          id: 'q',
          kind: 'pick',
          title: 'x'.repeat(151),
          factors: [{ id: 'a', label: 'A' }],
        },
      },
    ],
    [{ threshold: 5 }],
  ])('refuse a change that is not valid: %j', async (body) => {
    const { room, auth } = await openRoom();
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/rooms/${room.roomId}`,
      payload: JSON.stringify(body),
      headers: { ...auth, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/^The request is not valid \(/);
  });

  it('refuse a question of more factors than the body may hold', async () => {
    const { room, auth } = await openRoom();
    const factors = Array.from({ length: 200 }, (_, i) => ({
      id: `f-${i}`,
      label: 'L'.repeat(150),
      group: 'G'.repeat(150),
    }));
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/rooms/${room.roomId}`,
      payload: JSON.stringify({ question: { id: 'q', kind: 'pick', title: 'T', factors } }),
      headers: { ...auth, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
  });

  it('read the results of every question asked, hiding any under the threshold, then end the room and leave nothing', async () => {
    const { room, auth } = await openRoom('pick', 3);
    for (const who of [token(), token(), token()])
      expect((await pick(room.code, who)).statusCode).toBe(200);
    await app.inject({
      method: 'PATCH',
      url: `/api/rooms/${room.roomId}`,
      payload: JSON.stringify({ question: question('mark') }),
      headers: { ...auth, 'content-type': 'application/json' },
    });
    await answer(room.code, {
      token: token(),
      questionId: 'q-mark',
      answer: { kind: 'mark', marks: { ehr: 'drains' } },
    });
    const results = (
      await app.inject({ method: 'GET', url: `/api/rooms/${room.roomId}/results`, headers: auth })
    ).json();
    expect(
      results.questions.map((q: { question: { id: string }; answered: number; shown: boolean }) => [
        q.question.id,
        q.answered,
        q.shown,
      ]),
    ).toEqual([
      ['q-pick', 3, true],
      ['q-mark', 1, false],
    ]);
    expect(results.questions[0].counts.ehr.picks).toBe(3);
    expect(results.questions[1].counts).toEqual({});
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/rooms/${room.roomId}`, headers: auth }))
        .statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: `/api/rooms/${room.roomId}`, headers: auth }))
        .statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/join/${room.code}` })).statusCode).toBe(
      404,
    );
    expect(await store.answers(room.roomId, 'q-pick')).toEqual([]);
    expect(await store.questions(room.roomId)).toEqual([]);
  });
});

describe('the participants’ routes', () => {
  it('find a room by its code however it is typed, and show its question but no counts', async () => {
    const { room } = await openRoom();
    const typed = `${room.code.slice(0, 3).toLowerCase()}-${room.code.slice(3)}`;
    const res = await app.inject({ method: 'GET', url: `/api/join/${typed}` });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual([
      'code',
      'expiresAt',
      'open',
      'question',
      'threshold',
    ]);
    expect(res.json().question.id).toBe('q-pick');
  });

  it('take an answer, a change and a withdrawal, each acknowledged with the room’s version', async () => {
    const { room } = await openRoom();
    const me = token();
    const first = await pick(room.code, me, ['ehr']);
    const second = await pick(room.code, me, ['workload', 'staffing', 'ehr']);
    expect(second.json().version).toBeGreaterThan(first.json().version);
    expect(await store.answers(room.roomId, 'q-pick')).toEqual([
      { kind: 'pick', picks: ['workload', 'staffing', 'ehr'] },
    ]);
    const gone = await app.inject({
      method: 'DELETE',
      url: `/api/join/${room.code}/answer`,
      ...json({ token: me, questionId: 'q-pick' }),
    });
    expect(gone.json()).toMatchObject({ ok: true });
    expect(await store.answers(room.roomId, 'q-pick')).toEqual([]);
  });

  it.each([
    [{ questionId: 'q-pick', answer: { kind: 'pick', picks: ['ehr'] } }, /token/],
    [{ token: 'short', questionId: 'q-pick', answer: { kind: 'pick', picks: ['ehr'] } }, /token/],
    [
      { token: 'T', questionId: 'q-pick', answer: { kind: 'pick', picks: ['a', 'b', 'c', 'd'] } },
      /picks/,
    ],
    [{ token: 'T', questionId: 'q-pick', answer: { kind: 'pick', picks: [] } }, /picks/],
    [{ token: 'T', questionId: 'q-pick', answer: { kind: 'pick', picks: [7] } }, /picks/],
    [
      { token: 'T', questionId: 'q-pick', answer: { kind: 'mark', marks: { ehr: 'tired' } } },
      /marks/,
    ],
    [
      {
        token: 'T',
        questionId: 'q-pick',
        answer: { kind: 'pick', picks: ['ehr'] },
        note: 'free text',
      },
      /note/,
    ],
  ])('refuse an answer that is not valid: %j', async (body, pattern) => {
    const { room } = await openRoom();
    const res = await answer(
      room.code,
      JSON.parse(JSON.stringify(body).replace('"T"', `"${token()}"`)),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(pattern);
  });

  it('refuse an answer that does not fit the question, to a closed question, or while paused', async () => {
    const { room, auth } = await openRoom('pick');
    const wrongKind = await answer(room.code, {
      token: token(),
      questionId: 'q-pick',
      answer: { kind: 'mark', marks: { ehr: 'drains' } },
    });
    expect(wrongKind.json().error).toBe(
      'This question asks you to pick factors, not to mark them.',
    );
    expect((await pick(room.code, token(), ['nope'])).json().error).toBe(
      'nope is not part of this question.',
    );
    const closed = await pick(room.code, token(), ['ehr'], 'q-old');
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toEqual({ error: 'That question has closed.', reason: 'closed' });
    await app.inject({
      method: 'PATCH',
      url: `/api/rooms/${room.roomId}`,
      payload: JSON.stringify({ open: false }),
      headers: { ...auth, 'content-type': 'application/json' },
    });
    const paused = await pick(room.code, token());
    expect(paused.json()).toEqual({ error: 'Answers are paused for now.', reason: 'paused' });
  });

  it('refuse an oversized answer', async () => {
    const { room } = await openRoom('mark');
    const marks = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`factor-${'x'.repeat(60)}-${i}`, 'drains']),
    );
    const res = await answer(room.code, {
      token: token(),
      questionId: 'q-mark',
      answer: { kind: 'mark', marks },
    });
    expect(res.statusCode).toBe(413);
  });

  it('stop one participant flooding answers, and a room taking more than it may', async () => {
    await app.close();
    await start({ answersPerToken10s: 3, answersPerRoom10s: 6 });
    const { room } = await openRoom();
    const me = token();
    const mine = [];
    for (let i = 0; i < 4; i++) mine.push((await pick(room.code, me)).statusCode);
    expect(mine).toEqual([200, 200, 200, 429]);
    const others = [];
    for (let i = 0; i < 4; i++) others.push((await pick(room.code, token())).statusCode);
    // The room took three of mine (the fourth was stopped first): three more fill its six.
    expect(others).toEqual([200, 200, 200, 429]);
    now += 10_000;
    expect((await pick(room.code, me)).statusCode).toBe(200);
  });

  it('stop an address guessing codes, and not a room full of people behind one address', async () => {
    await app.close();
    await start({ wrongCodesPerAddressMinute: 5 });
    const { room } = await openRoom();
    // Answers with the right code never count against the address.
    for (let i = 0; i < 12; i++) expect((await pick(room.code, token())).statusCode).toBe(200);
    const guesses = [];
    for (const code of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD', 'EEEEEE', 'FFFFFF'])
      guesses.push((await app.inject({ method: 'GET', url: `/api/join/${code}` })).statusCode);
    expect(guesses).toEqual([404, 404, 404, 404, 404, 429]);
    // Now even the right code waits out the minute, from this address.
    const blocked = await app.inject({ method: 'GET', url: `/api/join/${room.code}` });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    now += 60_000;
    expect((await app.inject({ method: 'GET', url: `/api/join/${room.code}` })).statusCode).toBe(
      200,
    );
  });

  it('answer 404 for a code no room has, and for a malformed one', async () => {
    for (const code of ['ZZZZZZ', 'abc', '%3Cscript%3E', '0OOOOO']) {
      const res = await app.inject({ method: 'GET', url: `/api/join/${code}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('No room has that code: check it with the presenter.');
    }
  });

  it('find nothing once a room is past 24 h', async () => {
    const { room } = await openRoom();
    now += 24 * 60 * 60 * 1000;
    expect((await app.inject({ method: 'GET', url: `/api/join/${room.code}` })).statusCode).toBe(
      404,
    );
    now -= 24 * 60 * 60 * 1000;
  });
});

describe('every answer', () => {
  it('allows only the app’s origin, and sends the security headers', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/api/rooms',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const ours = await preflight(APP);
    expect(ours.headers['access-control-allow-origin']).toBe(APP);
    expect(String(ours.headers['access-control-allow-headers'])).toMatch(/authorization/);
    const theirs = await preflight('https://elsewhere.example');
    expect(theirs.headers['access-control-allow-origin']).toBeUndefined();
    const res = await app.inject({ method: 'GET', url: '/api/health', headers: { origin: APP } });
    expect(res.headers).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });

  it('answers an unknown address with a sentence', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'There is nothing at that address.' });
  });
});

describe('what is stored', () => {
  it('holds no address, no browser, no token and no key: only hashes, ids and answers', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const Database = (await import('better-sqlite3')).default;
    const dir = mkdtempSync(join(tmpdir(), 'cwb-stored-'));
    await app.close();
    await store.close();
    store = openSqliteStore(dir);
    app = await buildServer({ store, appOrigins: [APP], now: () => now });
    const { room, controlKey } = await openRoom();
    const me = token();
    const res = await app.inject({
      method: 'PUT',
      url: `/api/join/${room.code}/answer`,
      payload: JSON.stringify({
        token: me,
        questionId: 'q-pick',
        answer: { kind: 'pick', picks: ['ehr'] },
      }),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Mozilla/5.0 (TestPhone) Safari/605.1',
        'x-forwarded-for': '203.0.113.77',
      },
      remoteAddress: '198.51.100.23',
    });
    expect(res.statusCode).toBe(200);
    const db = new Database(join(dir, 'rooms.sqlite'), { readonly: true });
    const everything = JSON.stringify(
      ['rooms', 'questions', 'answers'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()),
    );
    db.close();
    for (const secret of ['198.51.100.23', '203.0.113.77', 'Mozilla', 'TestPhone', me, controlKey])
      expect(everything).not.toContain(secret);
    expect(everything).toContain(room.code);
    rmSync(dir, { recursive: true, force: true });
  });
});
