import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOM_LIMITS, type Snapshot } from '../../src/features/room/protocol.ts';
import { Hub, type Subscriber } from '../../server/hub.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import type { RoomStore } from '../../server/store/types.ts';
import { question } from '../server/helpers.ts';
import { roomRecord } from '../server/room-record.ts';

const T0 = 1_800_000_000_000;

/** A presenter's stream that writes down what it was sent, and when. */
function recorder() {
  const events: { event: string; data: unknown; at: number }[] = [];
  const subscriber: Subscriber = {
    send: (event, data) => void events.push({ event, data, at: Date.now() - T0 }),
    close: () => void events.push({ event: 'closed', data: null, at: Date.now() - T0 }),
  };
  const snapshots = () =>
    events.filter((e) => e.event === 'snapshot') as { data: Snapshot; at: number }[];
  return { events, subscriber, snapshots };
}

let store: RoomStore;
let hub: Hub;
const room = () => roomRecord(T0);
const answer = (who: string, picks: string[]) =>
  store.putAnswer(room().id, 'q-pick', who, { kind: 'pick', picks }, 2000);

beforeEach(async () => {
  vi.useFakeTimers({ now: T0 });
  store = openSqliteStore(':memory:');
  hub = new Hub(store);
  await store.create(room());
  await store.update(room().id, { question: question('pick') });
});
afterEach(async () => {
  hub.close();
  await store.close();
  vi.useRealTimers();
});

describe('snapshots', () => {
  it('go out at most every 2 s, each holding every answer before it, never one at a time', async () => {
    const presenter = recorder();
    hub.addPresenter((await store.byId(room().id, Date.now()))!, presenter.subscriber);
    await vi.advanceTimersByTimeAsync(0);
    expect(presenter.snapshots().map((s) => s.at)).toEqual([0]);
    // Answers every 100 ms for 10 s, from 100 people.
    for (let i = 0; i < 100; i++) {
      await vi.advanceTimersByTimeAsync(100);
      await answer(`p${i}`, ['ehr']);
    }
    await vi.advanceTimersByTimeAsync(ROOM_LIMITS.snapshotMs);
    const times = presenter.snapshots().map((s) => s.at);
    // The last answer comes just after the snapshot at 10 s: it waits its turn, 2 s later.
    expect(times).toEqual([0, 2000, 4000, 6000, 8000, 10000, 12000]);
    // While answers come quickly, each snapshot carries about twenty more than the one before.
    expect(presenter.snapshots().map((s) => s.data.answered)).toEqual([0, 19, 39, 59, 79, 99, 100]);
    expect(presenter.snapshots().at(-1)?.data.counts.ehr?.picks).toBe(100);
  });

  it('follow a change within 2 s, at once after a quiet spell', async () => {
    const presenter = recorder();
    hub.addPresenter((await store.byId(room().id, Date.now()))!, presenter.subscriber);
    await vi.advanceTimersByTimeAsync(5000);
    const version = await answer('late', ['ehr']);
    await vi.advanceTimersByTimeAsync(0);
    const last = presenter.snapshots().at(-1)!;
    expect(last.at).toBe(5000);
    expect(last.data.version).toBeGreaterThanOrEqual(version as number);
    expect(last.data.answered).toBe(1);
  });

  it('send the room’s new state at once when the presenter moves on, and its counts in turn', async () => {
    const presenter = recorder();
    const participant = recorder();
    const r = (await store.byId(room().id, Date.now()))!;
    hub.addPresenter(r, presenter.subscriber);
    hub.addParticipant(r, participant.subscriber);
    await vi.advanceTimersByTimeAsync(500);
    await store.update(room().id, { question: question('mark', 'q-mark'), open: false });
    await vi.advanceTimersByTimeAsync(0);
    const states = participant.events.filter((e) => e.event === 'state');
    expect(states.at(-1)?.data).toMatchObject({ open: false, question: { id: 'q-mark' } });
    // A participant never hears counts.
    expect(participant.snapshots()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1500);
    expect(presenter.snapshots().at(-1)).toMatchObject({
      at: 2000,
      data: { questionId: 'q-mark' },
    });
  });

  it('end every stream when the room is deleted', async () => {
    const presenter = recorder();
    const participant = recorder();
    const r = (await store.byId(room().id, Date.now()))!;
    hub.addPresenter(r, presenter.subscriber);
    hub.addParticipant(r, participant.subscriber);
    await store.delete(room().id);
    for (const who of [presenter, participant])
      expect(who.events.slice(-2).map((e) => e.event)).toEqual(['ended', 'closed']);
    expect(hub.count(room().id)).toEqual({ presenters: 0, participants: 0 });
  });
});

describe('a participant’s answer', () => {
  it('can be changed, and the count follows; withdrawn, and it is gone', async () => {
    await answer('me', ['ehr']);
    await answer('me', ['workload', 'staffing']);
    let answers = await store.answers(room().id, 'q-pick');
    expect(answers).toEqual([{ kind: 'pick', picks: ['workload', 'staffing'] }]);
    const version = await store.withdraw(room().id, 'q-pick', 'me');
    answers = await store.answers(room().id, 'q-pick');
    expect(answers).toEqual([]);
    expect(version).toBeGreaterThan(0);
  });

  it('is refused when the question already has as many participants as it may', async () => {
    await answer('a', ['ehr']);
    expect(
      await store.putAnswer(room().id, 'q-pick', 'b', { kind: 'pick', picks: ['ehr'] }, 1),
    ).toBe('full');
    // The one already counted may still change theirs.
    expect(
      await store.putAnswer(room().id, 'q-pick', 'a', { kind: 'pick', picks: ['workload'] }, 1),
    ).not.toBe('full');
  });
});

describe('expiry', () => {
  it('hides a room at 24 h, and the sweep deletes it with its answers', async () => {
    await answer('me', ['ehr']);
    const day = ROOM_LIMITS.lifetimeMs;
    expect(await store.byId(room().id, T0 + day - 1)).not.toBeNull();
    expect(await store.byId(room().id, T0 + day)).toBeNull();
    expect(await store.byCode('ABCDEF', T0 + day)).toBeNull();
    expect(await store.sweep(T0 + day - 1)).toBe(0);
    expect(await store.sweep(T0 + day)).toBe(1);
    expect(await store.answers(room().id, 'q-pick')).toEqual([]);
    expect(await store.questions(room().id)).toEqual([]);
    expect(await store.countLive(T0)).toBe(0);
  });
});
