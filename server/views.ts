import type { PresenterRoom, PublicRoom } from '../src/features/room/protocol.ts';
import type { RoomRecord } from './store/types.ts';

/** What a participant may know of a room: its question and whether answers are open. */
export const publicView = (room: RoomRecord): PublicRoom => ({
  code: room.code,
  question: room.question,
  open: room.open,
  threshold: room.threshold,
  expiresAt: room.expiresAt,
});

/** What the presenter sees: everything but the key's hash. */
export const presenterView = (room: RoomRecord): PresenterRoom => ({
  ...publicView(room),
  roomId: room.id,
  resultsVisible: room.resultsVisible,
  createdAt: room.createdAt,
});
