import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Answer, Question } from '../../src/features/room/protocol.ts';
import { answerFromText, roomFromRow, roomToRow, TABLES, type RoomRow } from './sql.ts';
import type { ChangeKind, ChangeListener, RoomChange, RoomRecord, RoomStore } from './types.ts';

/**
 * The embedded store: one SQLite file in a data folder, in WAL mode. An answer is acknowledged only
 * after its transaction has committed to the write-ahead log, so a restarted process finds every
 * acknowledged answer. (With `synchronous = NORMAL` in WAL mode a commit survives the process, not a
 * power cut of the machine.) Pass ':memory:' as the folder for a store that lives in memory only.
 */
export function openSqliteStore(folder: string): RoomStore {
  const file = folder === ':memory:' ? ':memory:' : join(folder, 'rooms.sqlite');
  if (folder !== ':memory:') mkdirSync(folder, { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  for (const sql of TABLES) db.exec(sql);

  const listeners = new Set<ChangeListener>();
  const emit = (roomId: string, kind: ChangeKind) => {
    for (const l of listeners) l(roomId, kind);
  };

  const q = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO rooms (id, code, key_hash, threshold, question, open, results_visible, created_at, expires_at, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    byId: db.prepare<[string, number], RoomRow>(
      `SELECT * FROM rooms WHERE id = ? AND expires_at > ?`,
    ),
    byCode: db.prepare<[string, number], RoomRow>(
      `SELECT * FROM rooms WHERE code = ? AND expires_at > ?`,
    ),
    bump: db.prepare<[string], { version: number }>(
      `UPDATE rooms SET version = version + 1 WHERE id = ? RETURNING version`,
    ),
    setState: db.prepare(
      `UPDATE rooms SET question = ?, open = ?, results_visible = ?, version = version + 1 WHERE id = ?`,
    ),
    ask: db.prepare(
      `INSERT INTO questions (room_id, id, body, asked) VALUES (?, ?, ?, (SELECT COUNT(*) FROM questions WHERE room_id = ?))
       ON CONFLICT (room_id, id) DO UPDATE SET body = excluded.body`,
    ),
    hasAnswer: db.prepare<[string, string, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM answers WHERE room_id = ? AND question_id = ? AND participant = ?`,
    ),
    countAnswers: db.prepare<[string, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM answers WHERE room_id = ? AND question_id = ?`,
    ),
    putAnswer: db.prepare(
      `INSERT INTO answers (room_id, question_id, participant, answer) VALUES (?, ?, ?, ?)
       ON CONFLICT (room_id, question_id, participant) DO UPDATE SET answer = excluded.answer`,
    ),
    withdraw: db.prepare(
      `DELETE FROM answers WHERE room_id = ? AND question_id = ? AND participant = ?`,
    ),
    answers: db.prepare<[string, string], { answer: string }>(
      `SELECT answer FROM answers WHERE room_id = ? AND question_id = ?`,
    ),
    questions: db.prepare<[string], { body: string }>(
      `SELECT body FROM questions WHERE room_id = ? ORDER BY asked`,
    ),
    delete: db.prepare(`DELETE FROM rooms WHERE id = ?`),
    live: db.prepare<[number], { n: number }>(
      `SELECT COUNT(*) AS n FROM rooms WHERE expires_at > ?`,
    ),
    expired: db.prepare<[number], { id: string }>(`SELECT id FROM rooms WHERE expires_at <= ?`),
  };

  const update = db.transaction((id: string, change: RoomChange) => {
    const row = db.prepare<[string], RoomRow>(`SELECT * FROM rooms WHERE id = ?`).get(id);
    if (!row) return null;
    const room = { ...roomFromRow(row), ...change };
    q.setState.run(
      room.question ? JSON.stringify(room.question) : null,
      room.open ? 1 : 0,
      room.resultsVisible ? 1 : 0,
      id,
    );
    if (change.question) q.ask.run(id, change.question.id, JSON.stringify(change.question), id);
    return { ...room, version: room.version + 1 };
  });

  const put = db.transaction(
    (roomId: string, questionId: string, participant: string, answer: Answer, max: number) => {
      const known = q.hasAnswer.get(roomId, questionId, participant)!.n > 0;
      if (!known && q.countAnswers.get(roomId, questionId)!.n >= max) return 'full' as const;
      q.putAnswer.run(roomId, questionId, participant, JSON.stringify(answer));
      return q.bump.get(roomId)?.version ?? 0;
    },
  );

  const withdraw = db.transaction((roomId: string, questionId: string, participant: string) => {
    q.withdraw.run(roomId, questionId, participant);
    return q.bump.get(roomId)?.version ?? 0;
  });

  const remove = db.transaction((ids: string[]) => {
    for (const id of ids) q.delete.run(id);
  });

  return {
    kind: 'sqlite',
    async create(room: RoomRecord) {
      return q.insert.run(...roomToRow(room)).changes === 1;
    },
    async byId(id, now) {
      const row = q.byId.get(id, now);
      return row ? roomFromRow(row) : null;
    },
    async byCode(code, now) {
      const row = q.byCode.get(code, now);
      return row ? roomFromRow(row) : null;
    },
    async update(id, change) {
      const room = update(id, change);
      if (room) emit(id, 'state');
      return room;
    },
    async putAnswer(roomId, questionId, participant, answer, maxAnswers) {
      const version = put(roomId, questionId, participant, answer, maxAnswers);
      if (version !== 'full') emit(roomId, 'answers');
      return version;
    },
    async withdraw(roomId, questionId, participant) {
      const version = withdraw(roomId, questionId, participant);
      emit(roomId, 'answers');
      return version;
    },
    async answers(roomId, questionId) {
      return q.answers.all(roomId, questionId).map((r) => answerFromText(r.answer));
    },
    async questions(roomId) {
      return q.questions.all(roomId).map((r) => JSON.parse(r.body) as Question);
    },
    async countLive(now) {
      return q.live.get(now)!.n;
    },
    async delete(id) {
      const gone = q.delete.run(id).changes === 1;
      if (gone) emit(id, 'deleted');
      return gone;
    },
    async sweep(now) {
      const ids = q.expired.all(now).map((r) => r.id);
      remove(ids);
      for (const id of ids) emit(id, 'deleted');
      return ids.length;
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      db.close();
    },
  };
}
