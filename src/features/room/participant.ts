import { newToken } from './client';
import { ROOM_LIMITS } from './protocol';
import type { Outgoing } from './sender';

/**
 * What this browser keeps for a room it joined, in localStorage under the room's code: the random
 * token that lets the person change their answer, what they last sent (to show it again), and
 * what is not yet acknowledged (sent again after a reload). Nothing else, and it is dropped after
 * 24 h, when the room is gone anyway.
 */
export interface Joined {
  token: string;
  joinedAt: number;
  sent: Outgoing | null;
  pending: Outgoing | null;
}

const PREFIX = 'cwb-room:';

function read(code: string): Joined | null {
  try {
    const value = JSON.parse(localStorage.getItem(PREFIX + code) ?? 'null') as Joined | null;
    if (!value || typeof value.token !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(value.token))
      return null;
    return {
      token: value.token,
      joinedAt: Number(value.joinedAt) || 0,
      sent: value.sent ?? null,
      pending: value.pending ?? null,
    };
  } catch {
    return null;
  }
}

function write(code: string, joined: Joined) {
  try {
    localStorage.setItem(PREFIX + code, JSON.stringify(joined));
  } catch {
    // Storage refused: the answer still goes, but a reload forgets it.
  }
}

/** Drops what this browser kept for rooms that are past their 24 hours. */
function forgetOldRooms(now: number) {
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(PREFIX)) continue;
      const joined = read(key.slice(PREFIX.length));
      if (!joined || now - joined.joinedAt > ROOM_LIMITS.lifetimeMs) localStorage.removeItem(key);
    }
  } catch {
    // Nothing to tidy.
  }
}

/** This browser's place in a room: made (with a new token) on first join. */
export function joinedRoom(code: string, now = Date.now()): Joined {
  forgetOldRooms(now);
  const known = read(code);
  if (known) return known;
  const joined: Joined = { token: newToken(), joinedAt: now, sent: null, pending: null };
  write(code, joined);
  return joined;
}

/** Keeps what was sent or still waits. */
export function keepJoined(code: string, change: Partial<Pick<Joined, 'sent' | 'pending'>>) {
  const joined = read(code);
  if (joined) write(code, { ...joined, ...change });
}

/** Forgets a room (it has ended). */
export function forgetRoom(code: string) {
  try {
    localStorage.removeItem(PREFIX + code);
  } catch {
    // Nothing kept.
  }
}
