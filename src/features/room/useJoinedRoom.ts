import { useEffect, useState } from 'react';
import { readAs, roomRequest, RoomRequestError, roomServerAvailable, roomUrl } from './client';
import { forgetRoom, joinedRoom } from './participant';
import { publicRoomSchema, roomPaths, type PublicRoom } from './protocol';

export interface JoinedRoomState {
  phase: 'loading' | 'ready' | 'missing' | 'ended';
  room: PublicRoom | null;
  /** The room's stream: open, or lost (the browser tries again by itself). */
  connection: 'open' | 'lost';
  message: string | null;
  token: string;
}

/**
 * Follows a room as a participant: its public state over Server-Sent Events (the browser's own
 * EventSource, which reconnects by itself), and this browser's token for it. A room that is gone
 * shows as ended (the stream said so) or missing (no room has the code).
 */
export function useJoinedRoom(code: string): JoinedRoomState {
  const [token] = useState(() => joinedRoom(code).token);
  const [state, setState] = useState<Omit<JoinedRoomState, 'token'>>({
    phase: 'loading',
    room: null,
    connection: 'open',
    message: null,
  });

  useEffect(() => {
    let closed = false;
    const source = new EventSource(roomUrl(roomPaths.joinEvents(code)));
    /** The room is gone: ended, if this page had seen it, or else never found. */
    const gone = (message: string | null = null) => {
      closed = true;
      source.close();
      setState((s) => {
        if (s.phase === 'ready') forgetRoom(code);
        return { ...s, phase: s.phase === 'ready' ? 'ended' : 'missing', message };
      });
    };
    source.addEventListener('open', () => setState((s) => ({ ...s, connection: 'open' })));
    source.addEventListener('state', (e) => {
      try {
        const room = readAs(publicRoomSchema, JSON.parse((e as MessageEvent<string>).data));
        setState((s) => ({ ...s, phase: 'ready', room, connection: 'open', message: null }));
      } catch {
        setState((s) => ({
          ...s,
          message: 'The room sent something this page cannot read: it was left out.',
        }));
      }
    });
    source.addEventListener('ended', () => gone());
    source.addEventListener('error', () => {
      if (closed) return;
      // A stream that ended opens again by itself: the page says "no connection" only when the
      // server does not answer at all.
      if (source.readyState !== EventSource.CLOSED)
        void roomServerAvailable(3000).then((up) => {
          if (!up && !closed && source.readyState !== EventSource.OPEN)
            setState((s) => ({ ...s, connection: 'lost' }));
        });
      // The browser gives up on a refused stream (no such room): ask why, once.
      if (source.readyState === EventSource.CLOSED)
        void roomRequest(roomPaths.join(code), {}, publicRoomSchema).then(
          () => undefined,
          (error: unknown) => {
            if (error instanceof RoomRequestError && (error.status === 404 || error.status === 429))
              gone(error.status === 429 ? error.message : null);
          },
        );
    });
    return () => {
      closed = true;
      source.close();
    };
  }, [code]);

  return { ...state, token };
}
