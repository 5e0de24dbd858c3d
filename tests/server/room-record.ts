import { ROOM_LIMITS } from '../../src/features/room/protocol.ts';
import { hashSecret } from '../../server/secrets.ts';
import type { RoomRecord } from '../../server/store/types.ts';

/** A room as the server makes one, at `now`. */
export const roomRecord = (now: number, over: Partial<RoomRecord> = {}): RoomRecord => ({
  id: 'r'.repeat(22),
  code: 'ABCDEF',
  keyHash: hashSecret('k'.repeat(43)),
  threshold: 5,
  question: null,
  open: true,
  resultsVisible: true,
  createdAt: now,
  expiresAt: now + ROOM_LIMITS.lifetimeMs,
  version: 0,
  ...over,
});
