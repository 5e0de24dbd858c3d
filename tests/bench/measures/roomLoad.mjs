/* global fetch, performance */
// The simulated participants of measures/room.mjs, in a worker thread of their own: sending
// thousands of answers keeps an event loop busy, and the presenter's streams, in the main
// thread, must hear their snapshots when they arrive, not when the senders have a moment.
// Times are absolute (performance.timeOrigin + now) so both threads can compare them.
import { randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { sleep } from '../util.mjs';

const { base, codes, people, seconds, startAt, question } = workerData;
const now = () => performance.timeOrigin + performance.now();

/** One participant: sends an answer until it is acknowledged (five tries at most). */
async function participant(code, room) {
  const picks = [0, 1, 2]
    .map(() => question.factors[Math.floor(Math.random() * question.factors.length)].id)
    .filter((id, i, all) => all.indexOf(id) === i);
  const body = JSON.stringify({
    token: randomBytes(32).toString('base64url'),
    questionId: question.id,
    answer: { kind: 'pick', picks },
  });
  const sentAt = now();
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      const res = await fetch(`${base}/api/join/${code}/answer`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (res.ok) return { room, sentAt, version: (await res.json()).version, attempts: attempt };
      if (res.status !== 429 && res.status < 500) return { room, sentAt, refused: res.status };
    } catch {
      // No answer: try again.
    }
    await sleep(500 * attempt);
  }
  return { room, sentAt, refused: 'no answer' };
}

// Every participant at their moment in the spread, rooms interleaved.
const answers = await Promise.all(
  codes.flatMap((code, r) =>
    Array.from({ length: people }, async (_, i) => {
      const at = startAt + ((i + r / codes.length) / people) * seconds * 1000;
      await sleep(Math.max(0, at - now()));
      return participant(code, r);
    }),
  ),
);
parentPort.postMessage({ answers, finishedAt: now() });
