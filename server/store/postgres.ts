import pg from 'pg';
import type { Answer, Question } from '../../src/features/room/protocol.ts';
import { answerFromText, roomFromRow, roomToRow, TABLES, type RoomRow } from './sql.ts';
import type { ChangeKind, ChangeListener, RoomStore } from './types.ts';

const CHANNEL = 'cwb_rooms';
const KINDS: Record<string, ChangeKind> = { a: 'answers', s: 'state', d: 'deleted' };

/**
 * The store for more than one server process: PostgreSQL. Every change is announced with NOTIFY in
 * the transaction that makes it, so each process (this one included) hears it through LISTEN once
 * it has committed, and tells its own presenters and participants. One engine, no broker of ours.
 */
export async function openPostgresStore(connectionString: string): Promise<RoomStore> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Processes starting together would race to make the tables: one at a time, under a lock.
  const setup = await pool.connect();
  try {
    await setup.query('BEGIN');
    await setup.query(`SELECT pg_advisory_xact_lock(hashtext('${CHANNEL}'))`);
    for (const sql of TABLES) await setup.query(sql);
    await setup.query('COMMIT');
  } finally {
    setup.release();
  }

  const listeners = new Set<ChangeListener>();
  const emit = (roomId: string, kind: ChangeKind) => {
    for (const l of listeners) l(roomId, kind);
  };

  // One connection listens. If it drops, it is made again, and every room is told to read itself
  // afresh (a notification may have been missed meanwhile).
  let listener: pg.Client | null = null;
  let closing = false;
  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      const [kind, roomId] = [message.payload?.[0] ?? '', message.payload?.slice(2) ?? ''];
      const change = KINDS[kind];
      if (change && roomId) emit(roomId, change);
    });
    client.on('error', () => {
      listener = null;
      void client.end().catch(() => undefined);
      if (!closing) setTimeout(() => void reconnect(), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  const reconnect = async () => {
    try {
      await listen();
      emit('*', 'state');
    } catch {
      if (!closing) setTimeout(() => void reconnect(), 1000);
    }
  };
  await listen();

  const notify = (client: pg.PoolClient | pg.Pool, roomId: string, kind: 'a' | 's' | 'd') =>
    client.query('SELECT pg_notify($1, $2)', [CHANNEL, `${kind}:${roomId}`]);

  /** Runs `work` in a transaction on one connection. */
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const one = async (sql: string, values: unknown[]) =>
    (await pool.query<RoomRow>(sql, values)).rows[0];

  return {
    kind: 'postgres',
    async create(room) {
      const result = await pool.query(
        `INSERT INTO rooms (id, code, key_hash, threshold, question, open, results_visible, created_at, expires_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
        roomToRow(room),
      );
      return result.rowCount === 1;
    },
    async byId(id, now) {
      const row = await one(`SELECT * FROM rooms WHERE id = $1 AND expires_at > $2`, [id, now]);
      return row ? roomFromRow(row) : null;
    },
    async byCode(code, now) {
      const row = await one(`SELECT * FROM rooms WHERE code = $1 AND expires_at > $2`, [code, now]);
      return row ? roomFromRow(row) : null;
    },
    async update(id, change) {
      return transaction(async (client) => {
        const row = (
          await client.query<RoomRow>(`SELECT * FROM rooms WHERE id = $1 FOR UPDATE`, [id])
        ).rows[0];
        if (!row) return null;
        const room = { ...roomFromRow(row), ...change };
        const updated = (
          await client.query<RoomRow>(
            `UPDATE rooms SET question = $1, open = $2, results_visible = $3, version = version + 1
             WHERE id = $4 RETURNING *`,
            [
              room.question ? JSON.stringify(room.question) : null,
              room.open ? 1 : 0,
              room.resultsVisible ? 1 : 0,
              id,
            ],
          )
        ).rows[0]!;
        if (change.question)
          await client.query(
            `INSERT INTO questions (room_id, id, body, asked)
             VALUES ($1, $2, $3, (SELECT COUNT(*) FROM questions WHERE room_id = $1))
             ON CONFLICT (room_id, id) DO UPDATE SET body = excluded.body`,
            [id, change.question.id, JSON.stringify(change.question)],
          );
        await notify(client, id, 's');
        return roomFromRow(updated);
      });
    },
    async putAnswer(roomId, questionId, participant, answer, maxAnswers) {
      return transaction(async (client) => {
        // The room's row is the lock: answers to one room are counted one at a time.
        await client.query(`SELECT 1 FROM rooms WHERE id = $1 FOR UPDATE`, [roomId]);
        const known = await client.query(
          `SELECT 1 FROM answers WHERE room_id = $1 AND question_id = $2 AND participant = $3`,
          [roomId, questionId, participant],
        );
        if (!known.rowCount) {
          const count = await client.query<{ n: string }>(
            `SELECT COUNT(*) AS n FROM answers WHERE room_id = $1 AND question_id = $2`,
            [roomId, questionId],
          );
          if (Number(count.rows[0]?.n) >= maxAnswers) return 'full' as const;
        }
        await client.query(
          `INSERT INTO answers (room_id, question_id, participant, answer) VALUES ($1, $2, $3, $4)
           ON CONFLICT (room_id, question_id, participant) DO UPDATE SET answer = excluded.answer`,
          [roomId, questionId, participant, JSON.stringify(answer)],
        );
        const bumped = await client.query<{ version: string }>(
          `UPDATE rooms SET version = version + 1 WHERE id = $1 RETURNING version`,
          [roomId],
        );
        await notify(client, roomId, 'a');
        return Number(bumped.rows[0]?.version ?? 0);
      });
    },
    async withdraw(roomId, questionId, participant) {
      return transaction(async (client) => {
        await client.query(
          `DELETE FROM answers WHERE room_id = $1 AND question_id = $2 AND participant = $3`,
          [roomId, questionId, participant],
        );
        const bumped = await client.query<{ version: string }>(
          `UPDATE rooms SET version = version + 1 WHERE id = $1 RETURNING version`,
          [roomId],
        );
        await notify(client, roomId, 'a');
        return Number(bumped.rows[0]?.version ?? 0);
      });
    },
    async answers(roomId, questionId) {
      const result = await pool.query<{ answer: string }>(
        `SELECT answer FROM answers WHERE room_id = $1 AND question_id = $2`,
        [roomId, questionId],
      );
      return result.rows.map((r): Answer => answerFromText(r.answer));
    },
    async questions(roomId) {
      const result = await pool.query<{ body: string }>(
        `SELECT body FROM questions WHERE room_id = $1 ORDER BY asked`,
        [roomId],
      );
      return result.rows.map((r) => JSON.parse(r.body) as Question);
    },
    async countLive(now) {
      const result = await pool.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM rooms WHERE expires_at > $1`,
        [now],
      );
      return Number(result.rows[0]?.n ?? 0);
    },
    async delete(id) {
      return transaction(async (client) => {
        const result = await client.query(`DELETE FROM rooms WHERE id = $1`, [id]);
        if (result.rowCount) await notify(client, id, 'd');
        return Boolean(result.rowCount);
      });
    },
    async sweep(now) {
      return transaction(async (client) => {
        const result = await client.query<{ id: string }>(
          `DELETE FROM rooms WHERE expires_at <= $1 RETURNING id`,
          [now],
        );
        for (const { id } of result.rows) await notify(client, id, 'd');
        return result.rows.length;
      });
    },
    listen(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    async close() {
      closing = true;
      listeners.clear();
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
