import { ROOM_LIMITS } from '../src/features/room/protocol.ts';
import type { ChangeKind, RoomRecord, RoomStore } from './store/types.ts';
import { snapshotOf } from './tally.ts';
import { presenterView, publicView } from './views.ts';

/** One open event stream: a presenter's or a participant's. */
export interface Subscriber {
  send(event: 'state' | 'snapshot' | 'ended', data: unknown): void;
  close(): void;
}

interface Channel {
  presenters: Set<Subscriber>;
  participants: Set<Subscriber>;
  /** When the last snapshot went out (0: never), and the next one waiting, if any. */
  lastSentAt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface HubOptions {
  now?: () => number;
  /** Snapshots go out at most this often (2 s). */
  intervalMs?: number;
}

/**
 * The rooms' open event streams in this process. Every change the store hears (from this process
 * or, on PostgreSQL, another) reaches them here: the room's state goes out at once, and the
 * counts in snapshots, at most one every `intervalMs` a room, so no single answer can be seen
 * arriving on its own at the moment it is sent.
 */
export class Hub {
  private readonly channels = new Map<string, Channel>();
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly unlisten: () => void;

  constructor(
    private readonly store: RoomStore,
    options: HubOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.intervalMs = options.intervalMs ?? ROOM_LIMITS.snapshotMs;
    this.unlisten = store.listen((roomId, kind) => this.changed(roomId, kind));
  }

  /** How many streams a room has open. */
  count(roomId: string) {
    const c = this.channels.get(roomId);
    return { presenters: c?.presenters.size ?? 0, participants: c?.participants.size ?? 0 };
  }

  /** A presenter's stream: the room's state and its latest counts at once, then every change. */
  addPresenter(room: RoomRecord, subscriber: Subscriber): () => void {
    const channel = this.channel(room.id);
    channel.presenters.add(subscriber);
    subscriber.send('state', presenterView(room));
    void this.publish(room.id, subscriber);
    return () => this.remove(room.id, subscriber);
  }

  /** A participant's stream: the room's public state, then every change of it. */
  addParticipant(room: RoomRecord, subscriber: Subscriber): () => void {
    this.channel(room.id).participants.add(subscriber);
    subscriber.send('state', publicView(room));
    return () => this.remove(room.id, subscriber);
  }

  /** Ends every stream (the server is stopping). */
  close() {
    this.unlisten();
    for (const channel of this.channels.values()) {
      if (channel.timer) clearTimeout(channel.timer);
      for (const s of [...channel.presenters, ...channel.participants]) s.close();
    }
    this.channels.clear();
  }

  private channel(roomId: string): Channel {
    let channel = this.channels.get(roomId);
    if (!channel) {
      channel = { presenters: new Set(), participants: new Set(), lastSentAt: 0, timer: null };
      this.channels.set(roomId, channel);
    }
    return channel;
  }

  private remove(roomId: string, subscriber: Subscriber) {
    const channel = this.channels.get(roomId);
    if (!channel) return;
    channel.presenters.delete(subscriber);
    channel.participants.delete(subscriber);
    if (channel.presenters.size + channel.participants.size === 0) {
      if (channel.timer) clearTimeout(channel.timer);
      this.channels.delete(roomId);
    }
  }

  private changed(roomId: string, kind: ChangeKind) {
    if (roomId === '*') {
      for (const id of this.channels.keys()) void this.refresh(id);
      return;
    }
    if (!this.channels.has(roomId)) return;
    if (kind === 'deleted') this.end(roomId);
    else if (kind === 'state') void this.refresh(roomId);
    else this.schedule(roomId);
  }

  private end(roomId: string) {
    const channel = this.channels.get(roomId);
    if (!channel) return;
    this.channels.delete(roomId);
    if (channel.timer) clearTimeout(channel.timer);
    for (const s of [...channel.presenters, ...channel.participants]) {
      s.send('ended', {});
      s.close();
    }
  }

  /** Sends the room's state to everyone on it, and its counts at the next turn. */
  private async refresh(roomId: string) {
    const room = await this.store.byId(roomId, this.now());
    const channel = this.channels.get(roomId);
    if (!channel) return;
    if (!room) return this.end(roomId);
    for (const s of channel.presenters) s.send('state', presenterView(room));
    for (const s of channel.participants) s.send('state', publicView(room));
    this.schedule(roomId);
  }

  /** The next snapshot goes out `intervalMs` after the last one, or now if that has passed. */
  private schedule(roomId: string) {
    const channel = this.channels.get(roomId);
    if (!channel || channel.timer || channel.presenters.size === 0) return;
    const wait = Math.max(0, channel.lastSentAt + this.intervalMs - this.now());
    channel.timer = setTimeout(() => {
      channel.timer = null;
      void this.publish(roomId);
    }, wait);
  }

  /**
   * Reads the counts and sends them to the room's presenters, or at once to a new one only (which
   * counts as a snapshot, so the next waits its turn).
   */
  private async publish(roomId: string, only?: Subscriber) {
    const channel = this.channels.get(roomId);
    if (!channel) return;
    const at = this.now();
    channel.lastSentAt = at;
    const room = await this.store.byId(roomId, at);
    if (!room) return this.end(roomId);
    const answers = room.question ? await this.store.answers(roomId, room.question.id) : [];
    // Stamped with the moment it was taken, which the 2 s spacing counts from.
    const snapshot = snapshotOf(room.question, answers, room.threshold, room.version, at);
    for (const s of only ? [only] : channel.presenters) s.send('snapshot', snapshot);
  }
}
