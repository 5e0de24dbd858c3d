import { fileURLToPath } from 'node:url';
import { buildServer } from './app.ts';
import { openPostgresStore } from './store/postgres.ts';
import { openSqliteStore } from './store/sqlite.ts';
import type { RoomStore } from './store/types.ts';

/**
 * Starts the room server from its environment:
 * - PORT (8787) and HOST (127.0.0.1; 0.0.0.0 to take phones on the same network);
 * - APP_ORIGIN: the app's origins, comma-separated (the dev server and `vite preview` by default);
 * - ROOM_DATA_DIR: SQLite's folder (server/data); or DATABASE_URL for PostgreSQL;
 * - TRUST_PROXY=1 behind a reverse proxy.
 * It logs its own start and stop, never a request.
 */
const env = process.env;
const port = Number(env.PORT ?? 8787);
const host = env.HOST ?? '127.0.0.1';
const appOrigins = (
  env.APP_ORIGIN ?? 'http://localhost:5173,http://127.0.0.1:5173,http://localhost:4173'
)
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);
const dataDir = env.ROOM_DATA_DIR ?? fileURLToPath(new URL('./data', import.meta.url));

const store: RoomStore = env.DATABASE_URL
  ? await openPostgresStore(env.DATABASE_URL)
  : openSqliteStore(dataDir);
const app = await buildServer({ store, appOrigins, trustProxy: env.TRUST_PROXY === '1' });

// Rooms are deleted 24 h after they were made at the latest: swept now, then every minute.
const sweep = () => store.sweep(Date.now()).catch(() => 0);
await sweep();
const sweeper = setInterval(() => void sweep(), 60_000);

await app.listen({ port, host });
console.log(
  `Room server on http://${host}:${port} (${store.kind === 'postgres' ? 'PostgreSQL' : `SQLite in ${dataDir}`}); the app may call it from ${appOrigins.join(', ')}`,
);

const stop = async () => {
  clearInterval(sweeper);
  await app.close();
  await store.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
