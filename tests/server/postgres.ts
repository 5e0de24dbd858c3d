import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './roomProcess';

/** Debian's PostgreSQL programs: on the PATH, or in /usr/lib/postgresql/<version>/bin. */
export function findPostgres(): string | null {
  const dirs = [
    ...(process.env.PATH ?? '').split(':'),
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort()
          .reverse()
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  return (
    dirs.find((d) => d && existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres'))) ?? null
  );
}

/** Whether PostgreSQL tests can run here; outside CI a missing server skips them loudly. */
export function postgresOrSkip(): string | null {
  const bin = findPostgres();
  if (bin) return bin;
  const message =
    'No PostgreSQL found (looked on the PATH and in /usr/lib/postgresql/*/bin). Install it with `apt-get install postgresql`.';
  if (process.env.CI === 'true') throw new Error(`${message} CI needs the PostgreSQL tests.`);
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! POSTGRESQL TESTS SKIPPED: ${message}\n${bar}\n`);
  return null;
}

/**
 * A throwaway PostgreSQL: a new cluster in a temporary folder, on a free port of 127.0.0.1, with
 * trust auth for its own user. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` user Debian's package makes.
 */
export async function startPostgres(
  bin: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'cwb-pg-'));
  const data = join(dir, 'data');
  const as = (command: string, args: string[]) =>
    root
      ? (['runuser', ['-u', 'postgres', '--', command, ...args]] as const)
      : ([command, args] as const);
  if (root) {
    chmodSync(dir, 0o755);
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const [initCmd, initArgs] = as(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  execFileSync(initCmd, [...initArgs], { stdio: 'ignore' });
  const port = await freePort();
  const [cmd, args] = as(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
  ]);
  const server: ChildProcess = spawn(cmd, [...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    server.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`PostgreSQL stopped (${code}): ${log}`)));
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (server.exitCode === null) {
        const exited = once(server, 'exit');
        // The postmaster itself (under runuser as root): SIGINT is PostgreSQL's fast shutdown.
        const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(pid, 'SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
