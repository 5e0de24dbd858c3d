import type { Answer, Question } from '../../src/features/room/protocol.ts';
import type { RoomRecord } from './types.ts';

/**
 * The tables both stores use (SQLite and PostgreSQL speak this much SQL alike). A participant is
 * the hash of their token; a room's key is a hash too. Deleting a room deletes its questions and
 * answers with it.
 */
export const TABLES = [
  `CREATE TABLE IF NOT EXISTS rooms (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    key_hash TEXT NOT NULL,
    threshold INTEGER NOT NULL,
    question TEXT,
    open INTEGER NOT NULL,
    results_visible INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE IF NOT EXISTS questions (
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    body TEXT NOT NULL,
    asked INTEGER NOT NULL,
    PRIMARY KEY (room_id, id)
  )`,
  `CREATE TABLE IF NOT EXISTS answers (
    room_id TEXT NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    participant TEXT NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (room_id, question_id, participant)
  )`,
  `CREATE INDEX IF NOT EXISTS rooms_expiry ON rooms (expires_at)`,
];

/** A row of `rooms`, as either driver returns it. */
export interface RoomRow {
  id: string;
  code: string;
  key_hash: string;
  threshold: number;
  question: string | null;
  open: number;
  results_visible: number;
  created_at: number | string;
  expires_at: number | string;
  version: number | string;
}

export const roomFromRow = (row: RoomRow): RoomRecord => ({
  id: row.id,
  code: row.code,
  keyHash: row.key_hash,
  threshold: Number(row.threshold),
  question: row.question ? (JSON.parse(row.question) as Question) : null,
  open: Boolean(Number(row.open)),
  resultsVisible: Boolean(Number(row.results_visible)),
  createdAt: Number(row.created_at),
  expiresAt: Number(row.expires_at),
  version: Number(row.version),
});

export const roomToRow = (room: RoomRecord) => [
  room.id,
  room.code,
  room.keyHash,
  room.threshold,
  room.question ? JSON.stringify(room.question) : null,
  room.open ? 1 : 0,
  room.resultsVisible ? 1 : 0,
  room.createdAt,
  room.expiresAt,
  room.version,
];

/** Answers were checked before they were stored: reading them back only parses. */
export const answerFromText = (text: string) => JSON.parse(text) as Answer;
