/* global process */
// The benchmark's settings: where things are, what it measures and how often. Options come from
// the environment (see README, Performance).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '../..');
export const dist = join(root, 'dist');
export const modelsDir = join(here, 'models');
export const baselineDir = join(here, 'out', 'baseline');
export const resultsFile = join(here, 'results.json');

/** Rounds of A, B per model for the side-by-side figures (a median of this many each). */
export const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS) || 5);
/** BENCH_ONLY=draw,click,zoom,evidence,present,room,lighthouse runs only those parts. */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
export const want = (part) => !ONLY.length || ONLY.includes(part);
export const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
export const SKIP_LIGHTHOUSE = process.env.BENCH_SKIP_LIGHTHOUSE === '1';
export const GZIP = process.env.BENCH_NO_GZIP !== '1';

/** Generated model sizes compared with the baseline, besides the bundled model. */
export const SIZES = [70, 700, 5000];
export const VIEWPORT = { width: 1280, height: 800 };
export const LOAD_TIMEOUT_MS = 60_000;
export const WATCHDOG_MS = 25 * 60_000;
