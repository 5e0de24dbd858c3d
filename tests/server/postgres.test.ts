import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedRoom, Snapshot } from '../../src/features/room/protocol.ts';
import { question, token } from './helpers';
import { postgresOrSkip, startPostgres } from './postgres';
import { freePort, startRoomServer, stopRoomServer } from './roomProcess';

const bin = postgresOrSkip();
const APP = 'https://explorer.example';

/** An event stream with what it heard, and when. */
function listen(url: string, key?: string) {
  const heard: { event: string; data: unknown; at: number }[] = [];
  const source = new EventSource(url, {
    fetch: (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...init?.headers, ...(key ? { authorization: `Bearer ${key}` } : {}) },
      }),
  });
  for (const event of ['state', 'snapshot', 'ended'])
    source.addEventListener(event, (e) =>
      heard.push({ event, data: JSON.parse(e.data || 'null'), at: performance.now() }),
    );
  return { heard, close: () => source.close() };
}

/** Waits until `find` finds something. */
async function waitFor<T>(find: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (performance.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!bin)('two room servers on one PostgreSQL', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let servers: Awaited<ReturnType<typeof startRoomServer>>[] = [];
  let a = '';
  let b = '';

  beforeAll(async () => {
    pg = await startPostgres(bin!);
    a = `http://127.0.0.1:${await freePort()}`;
    b = `http://127.0.0.1:${await freePort()}`;
    servers = await Promise.all(
      [a, b].map((address) => startRoomServer(address, APP, { DATABASE_URL: pg.url })),
    );
    expect(servers[0]!.output.join('')).toContain('(PostgreSQL)');
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => stopRoomServer(s, 'SIGTERM')));
    await pg?.stop();
  });

  const send = (base: string, path: string, method: string, body: unknown, key?: string) =>
    fetch(base + path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify(body),
    });

  it('hears answers sent to one process in the presenter’s stream on the other', async () => {
    const { room, controlKey } = (await (
      await send(a, '/api/rooms', 'POST', {})
    ).json()) as CreatedRoom;
    expect(
      (
        await send(
          a,
          `/api/rooms/${room.roomId}`,
          'PATCH',
          { question: question('pick') },
          controlKey,
        )
      ).status,
    ).toBe(200);
    const presenter = listen(`${b}/api/rooms/${room.roomId}/events`, controlKey);
    await waitFor(() => presenter.heard.find((e) => e.event === 'snapshot'));

    let last = { version: 0, at: 0 };
    for (let i = 0; i < 5; i++) {
      const res = await send(a, `/api/join/${room.code}/answer`, 'PUT', {
        token: token(),
        questionId: 'q-pick',
        answer: { kind: 'pick', picks: ['ehr'] },
      });
      expect(res.status).toBe(200);
      last = {
        version: ((await res.json()) as { version: number }).version,
        at: performance.now(),
      };
    }
    const layer = await waitFor(() =>
      presenter.heard.find((e) => e.event === 'snapshot' && (e.data as Snapshot).shown),
    );
    const snapshot = layer.data as Snapshot;
    expect(snapshot.answered).toBe(5);
    expect(snapshot.counts.ehr?.picks).toBe(5);
    expect(snapshot.version).toBeGreaterThanOrEqual(last.version);
    // How long it took is the bench's to measure; here it is only reported.
    console.info(
      `two processes: fifth answer to presenter's layer in ${Math.round(layer.at - last.at)} ms`,
    );
    presenter.close();
  });

  it('sends the presenter’s change on one to participants on the other, and ends both when the room ends', async () => {
    const { room, controlKey } = (await (
      await send(b, '/api/rooms', 'POST', {})
    ).json()) as CreatedRoom;
    const participant = listen(`${a}/api/join/${room.code}/events`);
    await waitFor(() => participant.heard.find((e) => e.event === 'state'));
    await send(
      b,
      `/api/rooms/${room.roomId}`,
      'PATCH',
      { question: question('mark'), open: false },
      controlKey,
    );
    const state = await waitFor(() =>
      participant.heard.find(
        (e) => e.event === 'state' && (e.data as { question: unknown }).question,
      ),
    );
    expect(state.data).toMatchObject({ code: room.code, open: false, question: { id: 'q-mark' } });
    // The participant never hears a count.
    expect(participant.heard.some((e) => e.event === 'snapshot')).toBe(false);
    expect(
      (
        await fetch(`${b}/api/rooms/${room.roomId}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${controlKey}` },
        })
      ).status,
    ).toBe(204);
    await waitFor(() => participant.heard.find((e) => e.event === 'ended'));
    expect((await fetch(`${a}/api/join/${room.code}`)).status).toBe(404);
    participant.close();
  });
});
