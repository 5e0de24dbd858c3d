import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * A room server in a process of its own, as `npm start` runs it, so a journey can stop it hard
 * and start it again on the same data. Its address is the one the build was told (globalSetup).
 */
export async function startRoomServer(
  address: string,
  appOrigin: string,
  env: Record<string, string>,
): Promise<ChildProcess & { output: string[] }> {
  const url = new URL(address);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: url.port,
      HOST: url.hostname,
      APP_ORIGIN: new URL(appOrigin).origin,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { output: string[] };
  child.output = [];
  const started = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      child.output.push(chunk.toString());
      if (child.output.join('').includes('Room server on')) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`The room server stopped (${code}): ${child.output.join('')}`)),
    );
  });
  await started;
  return child;
}

/** Stops it at once, as a crash would (SIGKILL), or politely. */
export async function stopRoomServer(child: ChildProcess, signal: 'SIGKILL' | 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

/** A port of 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
