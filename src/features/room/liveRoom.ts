import { EventSource } from 'eventsource';
import { useSyncExternalStore } from 'react';
import {
  readAs,
  roomRequest,
  RoomRequestError,
  roomServerAvailable,
  roomUrl,
  UNREACHABLE,
} from './client';
import {
  createdRoomSchema,
  presenterRoomSchema,
  roomPaths,
  roomResultsSchema,
  snapshotSchema,
  type PresenterRoom,
  type Question,
  type RoomPatch,
  type RoomResults,
  type Snapshot,
} from './protocol';
import { readRoomSession, writeRoomSession, type RoomSession } from './session';

/** The presenter's live room, as this window knows it. */
export interface LiveRoomState {
  phase: 'idle' | 'checking' | 'unavailable' | 'starting' | 'live' | 'ending' | 'ended';
  room: PresenterRoom | null;
  snapshot: Snapshot | null;
  /** The results stream: opening, open, or lost (and trying again by itself). */
  connection: 'connecting' | 'open' | 'lost';
  /** The last thing that went wrong, in a sentence. */
  message: string | null;
  /** The question this step asks, sent again whenever the server comes back. */
  wanted: Question | null;
  /** Ending: the layer is drawn for the saved image even if results are hidden. */
  exporting: boolean;
  /** How many factors' counts the diagram has no room for at this size (the table has them). */
  unplaced: number;
}

const initial: LiveRoomState = {
  phase: 'idle',
  room: null,
  snapshot: null,
  connection: 'connecting',
  message: null,
  wanted: null,
  exporting: false,
  unplaced: 0,
};
let state = initial;
const listeners = new Set<() => void>();
const set = (patch: Partial<LiveRoomState>) => {
  state = { ...state, ...patch };
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The live room's state, for React (one selector a component). */
export const useLiveRoom = <T>(select: (s: LiveRoomState) => T): T =>
  useSyncExternalStore(subscribe, () => select(state));

export const liveRoomState = () => state;

/** Whether this tab has a room to come back to. */
export const hasLiveRoom = () => readRoomSession() !== null;

const messageOf = (error: unknown) =>
  error instanceof RoomRequestError ? error.message : UNREACHABLE;

let session: RoomSession | null = null;
let stream: EventSource | null = null;

/** Opens the results stream: the room's state and snapshots, reconnecting by itself. */
function connect() {
  stream?.close();
  if (!session) return;
  const { roomId, controlKey } = session;
  set({ connection: 'connecting' });
  const source = new EventSource(roomUrl(roomPaths.roomEvents(roomId)), {
    // The key goes in a header, never in the address.
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: { ...init?.headers, authorization: `Bearer ${controlKey}` },
        credentials: 'omit',
      }),
  });
  stream = source;
  source.addEventListener('open', () => {
    set({ connection: 'open', message: null });
    // The server may have missed the step's question while it was away.
    if (state.wanted && state.room?.question?.id !== state.wanted.id) void ask(state.wanted);
  });
  source.addEventListener('state', (e) =>
    take(() => set({ room: readAs(presenterRoomSchema, JSON.parse(e.data)) })),
  );
  source.addEventListener('snapshot', (e) =>
    take(() => set({ snapshot: readAs(snapshotSchema, JSON.parse(e.data)) })),
  );
  source.addEventListener('ended', () => finish('The room has ended.'));
  source.addEventListener('error', () => {
    if (stream !== source) return;
    // A refused stream (the room is gone) is not tried again: find out why.
    if (source.readyState === EventSource.CLOSED) return void checkStillThere();
    // A stream that ended is opened again by itself. Whether the server is there at all is
    // asked at once, so the presenter hears of a lost server straight away, not of a reconnect.
    set({ connection: 'connecting' });
    void roomServerAvailable(3000).then((up) => {
      if (!up && stream === source && state.connection !== 'open') set({ connection: 'lost' });
    });
  });
}

/** Takes an event in; one the page cannot read is said so and left out. */
function take(read: () => void) {
  try {
    read();
  } catch {
    set({ message: 'The room server sent something this page cannot read: it was left out.' });
  }
}

async function checkStillThere() {
  if (!session) return;
  try {
    await roomRequest(
      roomPaths.room(session.roomId),
      { key: session.controlKey },
      presenterRoomSchema,
    );
    connect();
  } catch (error) {
    if (error instanceof RoomRequestError && (error.status === 404 || error.status === 403))
      return finish('The room is no longer on the server.');
    setTimeout(() => void checkStillThere(), 3000);
  }
}

function finish(message: string | null) {
  stream?.close();
  stream = null;
  session = null;
  writeRoomSession(null);
  set({ phase: 'ended', message, connection: 'connecting' });
}

/** Checks for a room server (a static build may have none) before offering a room. */
export async function checkServer() {
  if (state.phase !== 'idle' && state.phase !== 'unavailable' && state.phase !== 'ended') return;
  set({ phase: 'checking' });
  set({ phase: (await roomServerAvailable()) ? 'idle' : 'unavailable' });
}

/** Makes a room with a threshold, and opens its stream (the panel then asks the step's question). */
export async function startRoom(threshold: number) {
  set({ phase: 'starting', message: null, snapshot: null });
  try {
    const created = await roomRequest(
      roomPaths.rooms,
      { method: 'POST', body: { threshold } },
      createdRoomSchema,
    );
    session = { roomId: created.room.roomId, controlKey: created.controlKey };
    writeRoomSession(session);
    set({ phase: 'live', room: created.room });
    connect();
  } catch (error) {
    set({ phase: 'idle', message: `The room could not start: ${messageOf(error)}` });
  }
}

/** Finds this tab's room again after a reload (the panel then asks the step's question). */
export async function resumeRoom() {
  if (state.phase === 'live' || !hasLiveRoom()) return;
  session = readRoomSession();
  set({ phase: 'live', message: null });
  connect();
}

/** Asks the room this step's question (null: none). */
export async function ask(question: Question | null) {
  set({ wanted: question });
  if (state.room && (state.room.question?.id ?? null) === (question?.id ?? null)) return;
  await change({ question });
}

/** Pauses or reopens answers, shows or hides the results. */
export async function change(patch: RoomPatch) {
  if (!session) return;
  try {
    const room = await roomRequest(
      roomPaths.room(session.roomId),
      { method: 'PATCH', body: patch, key: session.controlKey },
      presenterRoomSchema,
    );
    set({ room });
  } catch (error) {
    set({ message: messageOf(error) });
    if (error instanceof RoomRequestError && error.status === 404) finish('The room has ended.');
  }
}

/**
 * Ends the room: reads every question's counts, hands them to `keep` (which saves the files),
 * then deletes the room and its answers from the server.
 */
export async function endRoom(keep: (results: RoomResults) => Promise<void> | void) {
  if (!session) return;
  const { roomId, controlKey } = session;
  set({ phase: 'ending', message: null });
  try {
    const results = await roomRequest(
      roomPaths.roomResults(roomId),
      { key: controlKey },
      roomResultsSchema,
    );
    set({ exporting: true });
    await keep(results);
    set({ exporting: false });
    await roomRequest(roomPaths.room(roomId), { method: 'DELETE', key: controlKey });
    finish(null);
  } catch (error) {
    set({
      phase: 'live',
      exporting: false,
      message: `The room could not end: ${messageOf(error)}`,
    });
  }
}

/** The layer's word on counts it could not place. */
export function reportUnplaced(unplaced: number) {
  if (state.unplaced !== unplaced) set({ unplaced });
}

/** Back to no room (after "ended" has been read). */
export function resetLiveRoom() {
  stream?.close();
  stream = null;
  set(initial);
}
