/* global process, performance, fetch, console, URL */
// The live room under load (issue "The room answers"): simulated participants answer into rooms
// on one room-server process, as the app does (a PUT, tried again on a 429, a 5xx or no answer),
// while a presenter's stream in each room records the snapshots. Not timed tests: figures.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EventSource } from 'eventsource';
import { root } from '../config.mjs';
import { freePort, log, percentile, round, sleep } from '../util.mjs';

const now = () => performance.timeOrigin + performance.now();

const model = JSON.parse(readFileSync(join(root, 'data/model.json'), 'utf8'));
/** The bundled model's overview question: all its factors, pick up to three. */
const QUESTION = {
  id: 'overview-pick',
  kind: 'pick',
  title: model.title.slice(0, 150),
  factors: model.domains.flatMap((d) =>
    d.factors.map((f) => ({ id: f.id, label: f.label, group: d.label })),
  ),
};

/** The server's CPU time (user + system, in ms) and its peak resident memory, from /proc. */
function processUsage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const peak = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  return { cpuMs: (ticks * 1000) / 100, peakRss: peak };
}

async function startServer(dataDir) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ROOM_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const read = (c) => {
      output += c;
      if (output.includes('Room server on')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`room server stopped (${code}): ${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

const json = (method, body, key) => ({
  method,
  headers: {
    'content-type': 'application/json',
    ...(key ? { authorization: `Bearer ${key}` } : {}),
  },
  body: body === undefined ? undefined : JSON.stringify(body),
});

/** One scenario: `rooms` rooms, `people` participants each, answering over `seconds`. */
async function scenario(rooms, people, seconds) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cwb-room-bench-'));
  const { child, base } = await startServer(dataDir);
  try {
    const made = [];
    for (let i = 0; i < rooms; i++) {
      const res = await fetch(`${base}/api/rooms`, json('POST', {}));
      const { room, controlKey } = await res.json();
      await fetch(
        `${base}/api/rooms/${room.roomId}`,
        json('PATCH', { question: QUESTION }, controlKey),
      );
      const snapshots = [];
      const stream = new EventSource(`${base}/api/rooms/${room.roomId}/events`, {
        fetch: (input, init) =>
          fetch(input, {
            ...init,
            headers: { ...init?.headers, authorization: `Bearer ${controlKey}` },
          }),
      });
      stream.addEventListener('snapshot', (e) =>
        snapshots.push({ ...JSON.parse(e.data), arrived: now() }),
      );
      made.push({ room, controlKey, snapshots, stream });
    }
    await sleep(300);
    const before = processUsage(child.pid);
    const started = now();
    const worker = new Worker(new URL('./roomLoad.mjs', import.meta.url), {
      workerData: {
        base,
        codes: made.map((m) => m.room.code),
        people,
        seconds,
        startAt: started + 200,
        question: QUESTION,
      },
    });
    const [{ answers, finishedAt }] = await once(worker, 'message');
    await worker.terminate();
    const answeredIn = finishedAt - started - 200;
    // Two snapshot turns for the last answers to be published.
    await sleep(4500);
    const after = processUsage(child.pid);
    const latencies = [];
    let lost = 0;
    let gapMin = Infinity;
    for (const [r, { room, controlKey, snapshots, stream }] of made.entries()) {
      stream.close();
      const mine = answers.filter((a) => a.room === r && a.version);
      for (const a of mine) {
        const first = snapshots.find((s) => s.version >= a.version);
        if (first) latencies.push(first.arrived - a.sentAt);
      }
      // Gaps between published snapshots (the first came when the stream opened).
      for (let i = 2; i < snapshots.length; i++)
        gapMin = Math.min(gapMin, snapshots[i].at - snapshots[i - 1].at);
      const results = await (
        await fetch(`${base}/api/rooms/${room.roomId}/results`, json('GET', undefined, controlKey))
      ).json();
      lost += mine.length - results.questions[0].answered;
    }
    const refused = answers.filter((a) => a.refused).length;
    const retried = answers.filter((a) => a.attempts > 1).length;
    return {
      rooms,
      participants: rooms * people,
      seconds,
      acknowledged: answers.length - refused,
      refused,
      retried,
      lost,
      notInASnapshot: answers.length - refused - latencies.length,
      answerToSnapshot: {
        p50: round(percentile(latencies, 50), 0),
        p95: round(percentile(latencies, 95), 0),
        max: round(Math.max(...latencies), 0),
      },
      shortestGapMs: Number.isFinite(gapMin) ? gapMin : null,
      answeringTookMs: round(answeredIn, 0),
      serverCpuPercent: round(((after.cpuMs - before.cpuMs) / (now() - started)) * 100, 0),
      serverPeakRss: after.peakRss,
    };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 1,000 participants over 10 s into one room, then the same in each of 20 rooms at once. */
export async function measureRooms() {
  const out = {};
  for (const [name, rooms] of [
    ['oneRoom', 1],
    ['twentyRooms', 20],
  ]) {
    log(`room: ${rooms} room(s) × 1000 participants over 10 s`);
    out[name] = await scenario(rooms, 1000, 10);
    console.log(JSON.stringify(out[name]));
  }
  return out;
}
