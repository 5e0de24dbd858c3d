/**
 * The presenter's room for this tab: its id and control key, in sessionStorage, so a reload of the
 * presentation finds its room again. Never in the address, and gone with the tab. (Small and on
 * its own: the presentation reads it to know whether to load the room at all.)
 */
const SESSION_KEY = 'cwb-live-room';

export interface RoomSession {
  roomId: string;
  controlKey: string;
}

export function readRoomSession(): RoomSession | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as RoomSession | null;
    return value && typeof value.roomId === 'string' && typeof value.controlKey === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

export function writeRoomSession(session: RoomSession | null) {
  try {
    if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage refused: the room still runs, but a reload will not find it.
  }
}
