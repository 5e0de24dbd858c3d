/* global console, setTimeout, clearTimeout */
// Small helpers: statistics, formatting, logging, time limits, child processes.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { root } from './config.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const round = (x, d = 1) =>
  x == null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
export function median(xs) {
  if (!xs.length) return null;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
export function percentile(xs, p) {
  if (!xs.length) return null;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export const stats = (xs) => ({
  n: xs.length,
  median: round(median(xs)),
  p75: round(percentile(xs, 75)),
  p95: round(percentile(xs, 95)),
  min: round(xs.length ? Math.min(...xs) : null),
  max: round(xs.length ? Math.max(...xs) : null),
});
/** A over B, to two decimals; null when either is missing. */
export const ratio = (a, b) => (a == null || b == null || b === 0 ? null : round(a / b, 2));

/** A part's rows, or none when it did not run or failed (then it holds { error }). */
export const rowsOf = (part) => (Array.isArray(part) ? part : []);

export const KB = 1024;
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
export const ms = (x) => (x == null ? '—' : `${Math.round(x)} ms`);
export const mb = (bytes) => (bytes == null ? '—' : `${(bytes / KB / KB).toFixed(1)} MB`);

const started = Date.now();
export const log = (...args) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s]`, ...args);

/** Runs a promise with a time limit, rejecting with a readable error. */
export function withTimeout(promise, limit, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${limit} ms`)), limit);
    }),
  ]);
}

/** Runs a command in the project folder; resolves with its output, rejects if it fails. */
export function run(cmd, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(out)
        : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`)),
    );
  });
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

/** Prints rows as an aligned text table. `columns` is a list of [key, heading]. */
export function printTable(title, columns, rows) {
  const cells = rows.map((row) =>
    columns.map(([key]) => (row[key] == null ? '—' : String(row[key]))),
  );
  const widths = columns.map(([, heading], i) =>
    Math.max(heading.length, ...cells.map((c) => c[i].length)),
  );
  const numeric = columns.map((_, i) =>
    cells.every((c) => /^[<≤~]?[\d.,]+( ?(ms|KB|MB|%|×))?$|^—$/.test(c[i])),
  );
  const line = (vals) =>
    vals
      .map((v, i) => (numeric[i] && i > 0 ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(columns.map(([, h]) => h)));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

/** The pause after each run before the next (see interleaved). */
const QUIET_MS = 300;

/**
 * The app (A) and the baseline (B) in turn, `rounds` times (A, B, A, B…), so a busy machine slows
 * both alike; `once(side)` measures one side once. Returns each side's results.
 */
export async function interleaved(rounds, once) {
  const out = { app: [], baseline: [] };
  for (let i = 0; i < rounds; i++)
    for (const side of ['app', 'baseline']) {
      out[side].push(await once(side));
      // A quiet moment, so one side's closing page (its teardown, the browser's clean-up) never
      // runs into the other side's measurement.
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    }
  return out;
}
