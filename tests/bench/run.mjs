/* global process, console, setTimeout, clearTimeout, fetch, URL, AbortSignal, Buffer */
/* global window, document, performance, requestAnimationFrame, requestIdleCallback */
/* global PerformanceObserver, MutationObserver, innerWidth, innerHeight, location, history */
/**
 * The performance benchmark (npm run bench).
 *
 * Builds the production app, serves dist/ on 127.0.0.1 with a small static server, and measures in
 * Debian's Chromium (playwright-core): first-page JavaScript (raw and gzip), time from navigation to
 * the diagram drawn (bundled model and generated models of 70–5,000 factors, with and without 4×
 * CPU throttling), factor-selection latency (Event Timing), frame times during zoom transitions,
 * and Lighthouse scores. Prints every figure and a budget section, and writes
 * tests/bench/results.json. A failed budget still exits 0; a broken harness exits 1.
 *
 * Options (environment): BENCH_LOADS (loads per median, default 7), BENCH_SKIP_BUILD=1 (reuse
 * dist/), BENCH_SKIP_LIGHTHOUSE=1, BENCH_ONLY=load,versus,interaction,zoom,evidence,present,lighthouse (only those parts),
 * BENCH_NO_GZIP=1 (serve uncompressed), CHROMIUM_PATH. Generated models are checked against the
 * app's validator by `npx tsx tests/bench/check-models.mjs`.
 */
import { CHROMIUM_FLAGS, findChromium } from '../chromium.mjs';
import { measureEvidenceHover, writeEvidenceModel } from './evidence.mjs';
import { buildBaseline, measureVersus, printVersus } from './versus.mjs';
import { measurePresentSteps, precacheSize } from './present.mjs';
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateModel } from './generate-model.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(root, 'dist');
const modelsDir = join(here, 'models');
const baselineDir = join(here, 'out', 'baseline');
const resultsFile = join(here, 'results.json');

const LOADS = Math.max(5, Number(process.env.BENCH_LOADS) || 7);
/** For working on the harness: BENCH_ONLY=load,versus,interaction,zoom,evidence,present,lighthouse runs only those parts. */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const want = (part) => !ONLY.length || ONLY.includes(part);
const SIZES = [70, 700, 2000, 5000];
const THROTTLE = 4;
const VIEWPORT = { width: 1280, height: 800 };
const INTERACTION_FACTORS = 20;
const ZOOM_RECORD_MS = 700;
const ZOOM_DURATION = 400;
const ZOOM_INFO_SIZES = [2000, 5000];
/** Frames that end within this long after the click belong to the transition (400 ms + start). */
const TRANSITION_WINDOW_MS = 600;
/**
 * Frame deltas come in vsync steps (16.7, 33.3, 50 ms) with ±0.1 ms of jitter. A frame counts as
 * over 16.7 ms when it missed one vsync (with 0.5 ms of slack for jitter), and over 33 ms exactly as
 * the budget says, so a single missed vsync (33.3 ms) already counts there.
 */
const OVER_16 = 16.7 + 0.5;
const OVER_33 = 33.0;
const LOAD_TIMEOUT_MS = 60_000;
const LIGHTHOUSE_TIMEOUT_MS = 150_000;
const WATCHDOG_MS = 15 * 60_000;
const KB = 1024;
const GZIP = process.env.BENCH_NO_GZIP !== '1';

const FLAGS = CHROMIUM_FLAGS;
const chromiumPath = findChromium();

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, d = 1) =>
  x == null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  if (!xs.length) return null;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
function percentile(xs, p) {
  if (!xs.length) return null;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const stats = (xs) => ({
  n: xs.length,
  median: round(median(xs)),
  p95: round(percentile(xs, 95)),
  min: round(xs.length ? Math.min(...xs) : null),
  max: round(xs.length ? Math.max(...xs) : null),
});
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (x) => (x == null ? '—' : `${Math.round(x)} ms`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const log = (...args) => console.log(`[bench ${elapsed()}]`, ...args);

/** Runs a promise with a time limit, rejecting with a readable error. */
function withTimeout(promise, limit, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${limit} ms`)), limit);
    }),
  ]);
}

function run(cmd, args, options = {}) {
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

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const srv = createNetServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePromise(port));
    });
  });
}

/** Prints rows as an aligned text table. `columns` is a list of [key, heading]. */
function printTable(title, columns, rows) {
  const cells = rows.map((row) =>
    columns.map(([key]) => (row[key] == null ? '—' : String(row[key]))),
  );
  const widths = columns.map(([, heading], i) =>
    Math.max(heading.length, ...cells.map((c) => c[i].length)),
  );
  const numeric = columns.map((_, i) =>
    cells.every((c) => /^[<≤~]?[\d.,]+( ?(ms|KB|%))?$|^—$/.test(c[i])),
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

// ---------------------------------------------------------------------------------------------
// Static server for dist/ and the generated models

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

function startServer() {
  const cache = new Map(); // file → { mtimeMs, raw, gz }
  const read = (file) => {
    const { mtimeMs } = statSync(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit;
    const raw = readFileSync(file);
    const entry = { mtimeMs, raw, gz: null };
    cache.set(file, entry);
    return entry;
  };
  /** Maps a URL path to a file inside `base`, or null (never outside it). */
  const inside = (base, rel) => {
    const file = normalize(join(base, rel));
    if (file !== base && !file.startsWith(base + sep)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  };
  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      let file = null;
      if (path.startsWith('/bench-models/'))
        file = inside(modelsDir, path.slice('/bench-models/'.length));
      else if (path.startsWith('/__baseline/'))
        file = inside(baselineDir, path.slice('/__baseline/'.length) || 'index.html');
      else {
        if (path.endsWith('/')) path += 'index.html';
        file = inside(dist, path.slice(1));
        // SPA fallback: unknown paths get the app, except for missing files with an extension
        // (a missing script or image is a 404, as on a real host).
        if (!file && (!extname(path) || (req.headers.accept ?? '').includes('text/html')))
          file = join(dist, 'index.html');
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      const ext = extname(file).toLowerCase();
      const entry = read(file);
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': file.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        vary: 'accept-encoding',
      };
      let body = entry.raw;
      if (GZIP && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        entry.gz ??= gzipSync(entry.raw, { level: 6 });
        body = entry.gz;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// First-page and lazy JavaScript

function bundleSizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assetDir = join(dist, 'assets');
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`))?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const entries = tags
    .filter((t) => t.startsWith('<script') && /type\s*=\s*["']module["']/.test(t) && attr(t, 'src'))
    .map((t) => attr(t, 'src'));
  const preloads = tags
    .filter((t) => t.startsWith('<link') && /rel\s*=\s*["']modulepreload["']/.test(t))
    .map((t) => attr(t, 'href'));
  if (!entries.length) throw new Error('no <script type="module" src> in dist/index.html');
  const toFile = (src) => join(dist, src.replace(/^\//, '').split(/[?#]/)[0]);

  // Everything the entry loads before it runs: its static imports, recursively (dynamic
  // import() calls are lazy and left out), plus any modulepreload link.
  const first = new Set();
  const visit = (file) => {
    if (first.has(file) || !existsSync(file)) return;
    first.add(file);
    const code = readFileSync(file, 'utf8');
    const staticImports = [
      ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g),
      ...code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g),
    ].map((m) => m[1]);
    for (const spec of staticImports)
      if (spec.startsWith('.') || spec.startsWith('/'))
        visit(spec.startsWith('/') ? toFile(spec) : resolve(dirname(file), spec));
  };
  for (const src of entries) visit(toFile(src));
  for (const href of preloads) visit(toFile(href));

  const sizeOf = (file) => {
    const raw = readFileSync(file);
    return {
      file: file.slice(dist.length + 1),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
    };
  };
  const firstFiles = [...first].map(sizeOf);
  const lazy = readdirSync(assetDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(assetDir, f))
    .filter((f) => !first.has(f))
    .map(sizeOf)
    .sort((a, b) => b.gzip - a.gzip);
  const other = readdirSync(assetDir)
    .filter((f) => !f.endsWith('.js'))
    .map((f) => sizeOf(join(assetDir, f)));
  const sum = (xs, k) => xs.reduce((s, x) => s + x[k], 0);
  return {
    firstPage: { files: firstFiles, raw: sum(firstFiles, 'raw'), gzip: sum(firstFiles, 'gzip') },
    lazy: { files: lazy, raw: sum(lazy, 'raw'), gzip: sum(lazy, 'gzip') },
    otherAssets: other,
  };
}

// ---------------------------------------------------------------------------------------------
// In-page recorders (installed with addInitScript where needed)

function installRecorders() {
  const bench = { events: [], loafs: [], frames: [], recording: false, pointer: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: e.interactionId,
          target: e.target?.getAttribute?.('data-focus-id') ?? e.target?.nodeName ?? null,
        });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) {
    bench.eventError = String(error);
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.loafs.push({
          startTime: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration,
          renderStart: e.renderStart,
          styleAndLayoutStart: e.styleAndLayoutStart,
          scripts: (e.scripts ?? []).map((s) => ({
            invoker: s.invoker,
            invokerType: s.invokerType,
            sourceURL: s.sourceURL,
            sourceFunctionName: s.sourceFunctionName,
            duration: s.duration,
            forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    bench.loafError = String(error);
  }
  for (const type of ['pointerover', 'pointermove', 'pointerdown', 'pointerup', 'click'])
    window.addEventListener(
      type,
      (e) => bench.pointer.push({ type, t: e.timeStamp, now: performance.now() }),
      { capture: true },
    );
}

/** In the page: resolves with the diagram-drawn mark for a model of `factors` factors. */
function waitForDrawn([factors, limit]) {
  return new Promise((resolvePromise) => {
    const find = () =>
      performance
        .getEntriesByName('cwb:diagram-drawn')
        .filter((e) => e.detail?.factors === factors)
        .at(-1);
    const done = (entry) => {
      clearTimeout(timer);
      observer.disconnect();
      const paint = performance.getEntriesByType('paint');
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance
        .getEntriesByType('resource')
        .filter((r) => /\.json(\?|$)/.test(r.name))
        .map((r) => ({
          name: r.name,
          start: r.startTime,
          end: r.responseEnd,
          size: r.transferSize,
        }));
      resolvePromise({
        drawn: entry ? entry.startTime : null,
        marks: performance
          .getEntriesByName('cwb:diagram-drawn')
          .map((e) => ({ t: e.startTime, factors: e.detail?.factors })),
        fcp: paint.find((p) => p.name === 'first-contentful-paint')?.startTime ?? null,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        load: nav?.loadEventEnd ?? null,
        json: res,
        text: entry ? null : document.body.innerText.slice(0, 400),
      });
    };
    const observer = new PerformanceObserver(() => {
      const e = find();
      if (e) done(e);
    });
    observer.observe({ type: 'mark', buffered: true });
    const timer = setTimeout(() => done(find()), limit);
    const e = find();
    if (e) done(e);
  });
}

/** In the page: resolves once the main thread has been idle twice (or after a second). */
const settle = () =>
  new Promise((r) =>
    requestIdleCallback(() => requestIdleCallback(() => setTimeout(r, 150), { timeout: 1000 }), {
      timeout: 1000,
    }),
  );

/** In the page: a point inside a segment's shape (not under another element), relative to its box. */
function clickPoint(id) {
  const el = [...document.querySelectorAll('g[role=button][data-focus-id]')].find(
    (g) => g.getAttribute('data-focus-id') === id,
  );
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const hits = [];
  const N = 24;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      const x = r.left + ((i + 0.5) * r.width) / N;
      const y = r.top + ((j + 0.5) * r.height) / N;
      if (x < 1 || y < 1 || x > innerWidth - 1 || y > innerHeight - 1) continue;
      const hit = document.elementFromPoint(x, y)?.closest('g[role=button]');
      if (hit === el) hits.push([x, y]);
    }
  if (!hits.length) return null;
  const cx = hits.reduce((s, h) => s + h[0], 0) / hits.length;
  const cy = hits.reduce((s, h) => s + h[1], 0) / hits.length;
  const [x, y] = hits.reduce((best, h) =>
    Math.hypot(h[0] - cx, h[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? h : best,
  );
  return { x: x - r.left, y: y - r.top };
}

// ---------------------------------------------------------------------------------------------
// Browser measurements

async function newPage(browser, { throttle = 1, recorders = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (recorders) await context.addInitScript(installRecorders);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp, errors };
}

/** One load in a fresh context: ms from navigation start to the diagram-drawn mark. */
async function measureLoad(browser, base, path, factors, throttle) {
  const { context, page, errors } = await newPage(browser, { throttle });
  try {
    await page.goto(base + path, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const result = await withTimeout(
      page.evaluate(waitForDrawn, [factors, LOAD_TIMEOUT_MS - 5000]),
      LOAD_TIMEOUT_MS,
      `load of ${path}`,
    );
    return { ...result, errors };
  } finally {
    await context.close();
  }
}

async function measureLoads(browser, base, label, path, factors) {
  const out = { path, factors };
  for (const throttle of [1, THROTTLE]) {
    const samples = [];
    const details = [];
    for (let i = 0; i < LOADS; i++) {
      const r = await measureLoad(browser, base, path, factors, throttle);
      details.push(r);
      if (r.drawn == null)
        throw new Error(
          `${label} (${throttle}×): no diagram-drawn mark for ${factors} factors within the limit. ` +
            `Marks: ${JSON.stringify(r.marks)}. Errors: ${r.errors.join(' | ')}. Page: ${r.text}`,
        );
      samples.push(r.drawn);
    }
    const key = throttle === 1 ? 'unthrottled' : `throttled${throttle}x`;
    out[key] = {
      ...stats(samples),
      samples: samples.map((x) => round(x)),
      fcpMedian: round(median(details.map((d) => d.fcp).filter((x) => x != null))),
      jsonFetch: details.at(-1).json,
      errors: [...new Set(details.flatMap((d) => d.errors))],
    };
    log(
      `${label} ${throttle}×: median ${ms(out[key].median)} (${samples.map((x) => Math.round(x)).join(', ')})`,
    );
  }
  return out;
}

/** The factors of the bundled model, with their domain, in model order. */
function bundledModel() {
  const file = readdirSync(join(dist, 'assets')).find((f) => /^model-[\w-]+\.json$/.test(f));
  if (!file) throw new Error('no assets/model-*.json in dist/');
  const model = JSON.parse(readFileSync(join(dist, 'assets', file), 'utf8'));
  const factors = model.domains.flatMap((d) =>
    d.factors.map((f) => ({ id: f.id, label: f.label, domain: d.id, domainLabel: d.label })),
  );
  return { model, factors, domains: model.domains.map((d) => ({ id: d.id, label: d.label })) };
}

async function openSettled(page, base, path, factors) {
  await page.goto(base + path, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  const r = await page.evaluate(waitForDrawn, [factors, 20_000]);
  if (r.drawn == null) throw new Error(`${path}: the diagram was not drawn (${r.text})`);
  await page.evaluate(settle);
}

/** Clicks a segment by id at a point inside its shape. */
async function clickSegment(page, ring, id) {
  const selector = `${ring} g[role=button][data-focus-id="${id}"]`;
  const locator = page.locator(selector);
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
  const position = await page.evaluate(clickPoint, id);
  if (!position) throw new Error(`no clickable point inside segment ${id}`);
  await locator.click({ position, timeout: 10_000 });
}

/** Factor selection latency on the bundled model: Event Timing, plus a MutationObserver cross-check. */
async function measureInteractions(browser, base, bundled, throttle = 1, session = false) {
  const { factors } = bundled;
  const count = factors.length;
  const chosen = [];
  for (let i = 0; i < Math.min(INTERACTION_FACTORS, count); i++)
    chosen.push(factors[Math.floor((i * count) / Math.min(INTERACTION_FACTORS, count))]);
  const { context, page, errors } = await newPage(browser, { throttle, recorders: true });
  const rows = [];
  try {
    if (session) await openSettled(page, base, '/', count);
    for (const factor of chosen) {
      // Cold: every selection is the first interaction of a freshly loaded page. Session: one page,
      // back to the whole model between selections, as a person exploring would.
      if (!session) await openSettled(page, base, '/', count);
      else if (rows.length > 0) {
        await page.goBack();
        // Wait for the zoom back out to finish: every factor drawn, and the 400 ms tween over.
        await page.waitForFunction(
          (n) =>
            location.pathname === '/' &&
            document.querySelectorAll('.ring--factors .segment').length === n &&
            document.querySelectorAll('.labels__item--factor').length > 0,
          count,
        );
        await page.waitForTimeout(150);
        await page.evaluate(settle);
      }
      // Arm: note where the event list ends, and watch for the heading to show the factor.
      await page.evaluate((name) => {
        const b = window.__bench;
        b.mark = { events: b.events.length, loafs: b.loafs.length, pointer: b.pointer.length };
        b.heading = new Promise((resolvePromise) => {
          const check = () => document.querySelector('h2#panel-title')?.textContent === name;
          const finish = () => {
            const dom = performance.now();
            observer.disconnect();
            // The next frame after the change, then a task: roughly when it was painted.
            requestAnimationFrame(() =>
              setTimeout(() => resolvePromise({ dom, painted: performance.now() }), 0),
            );
          };
          const observer = new MutationObserver(() => check() && finish());
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
      }, factor.label);
      await clickSegment(page, '.ring--factors', factor.id);
      const timing = await withTimeout(
        page.evaluate(() => window.__bench.heading),
        15_000,
        `panel heading for ${factor.id}`,
      );
      // Event Timing entries arrive after the next paint: give them a moment.
      await page.evaluate(
        () =>
          new Promise((r) =>
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150))),
          ),
      );
      const got = await page.evaluate(() => {
        const b = window.__bench;
        return {
          events: b.events.slice(b.mark.events),
          loafs: b.loafs.slice(b.mark.loafs),
          pointer: b.pointer.slice(b.mark.pointer),
          path: location.pathname,
          eventError: b.eventError ?? null,
        };
      });
      if (got.eventError) throw new Error(`Event Timing is not available: ${got.eventError}`);
      const down = got.pointer.find((p) => p.type === 'pointerdown');
      const click = got.pointer.find((p) => p.type === 'click');
      const interactive = got.events.filter(
        (e) => ['click', 'pointerdown', 'pointerup'].includes(e.name) && e.interactionId > 0,
      );
      // The interaction is the one that includes the click (one interactionId for down/up/click).
      const clickEntry = interactive.find((e) => e.name === 'click');
      const ids = new Set(
        clickEntry ? [clickEntry.interactionId] : interactive.map((e) => e.interactionId),
      );
      const mine = interactive.filter((e) => ids.has(e.interactionId));
      const worst = mine.reduce((a, e) => (!a || e.duration > a.duration ? e : a), null);
      const hover = got.events.filter(
        (e) => !['click', 'pointerdown', 'pointerup'].includes(e.name),
      );
      rows.push({
        factor: factor.id,
        label: factor.label,
        path: got.path,
        duration: worst ? worst.duration : null,
        worstEvent: worst?.name ?? null,
        inputDelay: worst ? round(worst.processingStart - worst.startTime) : null,
        processing: worst ? round(worst.processingEnd - worst.processingStart) : null,
        presentationDelay: worst
          ? round(worst.startTime + worst.duration - worst.processingEnd)
          : null,
        // Other events ≥ 16 ms around the click (pointerover/enter, mousedown…): count and worst.
        otherEvents: {
          count: hover.length,
          maxDuration: hover.length ? Math.max(...hover.map((e) => e.duration)) : null,
          names: [...new Set(hover.map((e) => e.name))],
        },
        clickToHeadingDom: click ? round(timing.dom - click.t) : null,
        clickToHeadingPainted: click ? round(timing.painted - click.t) : null,
        downToHeadingPainted: down ? round(timing.painted - down.t) : null,
        longFrames: got.loafs.map((l) => ({
          duration: round(l.duration),
          blocking: round(l.blockingDuration),
          scripts: l.scripts.map((s) => `${s.invoker} ${round(s.duration)}ms`).slice(0, 4),
        })),
      });
    }
  } finally {
    await context.close();
  }
  // Without an entry ≥ 16 ms the interaction took less than 16 ms: it counts as 16 in the stats.
  const durations = rows.map((r) => r.duration ?? 16);
  return {
    throttle,
    session,
    factors: rows.length,
    eventTiming: {
      ...stats(durations),
      under16: rows.filter((r) => r.duration == null).length,
    },
    clickToHeadingDom: stats(rows.map((r) => r.clickToHeadingDom).filter((x) => x != null)),
    clickToHeadingPainted: stats(rows.map((r) => r.clickToHeadingPainted).filter((x) => x != null)),
    rows,
    errors: [...new Set(errors)],
  };
}

/**
 * Frame deltas during zoom transitions (into each domain, and back out): `target` is the page
 * (path, factor count) and the domains to zoom into.
 */
async function measureZoom(browser, base, target, throttle = 1) {
  const { context, page, errors } = await newPage(browser, { throttle, recorders: true });
  const transitions = [];
  const startRecording = () =>
    page.evaluate(() => {
      const b = window.__bench;
      b.frames = [];
      b.recording = true;
      b.mark = { loafs: b.loafs.length, pointer: b.pointer.length };
      const loop = (t) => {
        b.frames.push(t);
        if (b.recording) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      return new Promise((r) => setTimeout(r, 120));
    });
  const summarise = (kind, domain, rec) => {
    const deltas = [];
    for (let i = 1; i < rec.frames.length; i++) {
      const t = rec.frames[i];
      if (t > rec.start && t <= rec.start + TRANSITION_WINDOW_MS)
        deltas.push(t - rec.frames[i - 1]);
    }
    // A janky frame (3+ vsync intervals) that no long animation frame (≥ 50 ms of main-thread
    // work) overlaps was held up elsewhere: raster/compositor, or another process on the CPU.
    const janky = [];
    for (let i = 1; i < rec.frames.length; i++) {
      const [a, t] = [rec.frames[i - 1], rec.frames[i]];
      if (t > rec.start && t <= rec.start + TRANSITION_WINDOW_MS && t - a > OVER_33)
        janky.push({
          at: round(t - rec.start),
          delta: round(t - a),
          mainThread: rec.loafs.some((l) => l.startTime < t && l.startTime + l.duration > a),
        });
    }
    return {
      kind,
      domain,
      path: rec.path,
      frames: deltas.length,
      deltas: deltas.map((d) => round(d)),
      max: round(deltas.length ? Math.max(...deltas) : null),
      janky,
      longFrames: rec.loafs.map((l) => ({
        start: round(l.startTime - rec.start),
        duration: round(l.duration),
        blocking: round(l.blockingDuration),
        scripts: l.scripts.map((s) => `${s.invoker} ${round(s.duration)}ms`).slice(0, 4),
      })),
    };
  };
  const record = async (action) => {
    await startRecording();
    const t0 = await action();
    return page.evaluate(
      ([recordMs, tStart]) =>
        new Promise((r) => {
          const b = window.__bench;
          const start = tStart ?? b.pointer.slice(b.mark.pointer)[0]?.t ?? performance.now();
          setTimeout(
            () => {
              b.recording = false;
              r({
                frames: b.frames,
                start,
                loafs: b.loafs.slice(b.mark.loafs),
                path: location.pathname,
              });
            },
            Math.max(0, recordMs - (performance.now() - start)),
          );
        }),
      [ZOOM_RECORD_MS, t0 ?? null],
    );
  };
  try {
    await openSettled(page, base, target.path, target.factors);
    for (const domain of target.domains) {
      // Zoom in: click the domain's segment (the start is the first pointer event of the click).
      const zin = await record(async () => {
        await clickSegment(page, '.ring--domains', domain.id);
        return null;
      });
      if (!zin.path.startsWith('/domain/'))
        throw new Error(`clicking domain ${domain.id} went to ${zin.path}, not /domain/…`);
      transitions.push(summarise('in', domain.id, zin));
      await page.evaluate(settle);
      // Zoom out: the browser's Back button (history.back()), timed from the call.
      const zout = await record(() => page.evaluate(() => (history.back(), performance.now())));
      if (zout.path !== '/') throw new Error(`Back from ${domain.id} went to ${zout.path}, not /`);
      transitions.push(summarise('out', domain.id, zout));
      await page.evaluate(settle);
    }
  } finally {
    await context.close();
  }
  const agg = (list) => {
    const deltas = list.flatMap((t) => t.deltas);
    return {
      transitions: list.length,
      frames: deltas.length,
      median: round(median(deltas)),
      p95: round(percentile(deltas, 95)),
      max: round(deltas.length ? Math.max(...deltas) : null),
      over16_7: deltas.filter((d) => d > OVER_16).length,
      over33_4: deltas.filter((d) => d > OVER_33).length,
      over33_4WithoutLongFrame: list.flatMap((t) => t.janky).filter((j) => !j.mainThread).length,
    };
  };
  return {
    throttle,
    zoomIn: agg(transitions.filter((t) => t.kind === 'in')),
    zoomOut: agg(transitions.filter((t) => t.kind === 'out')),
    transitions,
    errors: [...new Set(errors)],
  };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

async function runLighthouse(url) {
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const out = { mobile: null, desktop: null, error: null };
  let lighthouse;
  let desktopConfig;
  try {
    lighthouse = (await import('lighthouse')).default;
    desktopConfig = (await import('lighthouse/core/config/desktop-config.js')).default;
  } catch (error) {
    out.error = `the lighthouse package could not be loaded: ${error.message}`;
    return out;
  }
  const port = await freePort();
  const userDataDir = mkdtempSync(join(os.tmpdir(), 'cwb-lighthouse-'));
  const child = spawn(
    chromiumPath,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${userDataDir}`,
      ...FLAGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/json/version`, {
          signal: AbortSignal.timeout(1000),
        });
        if (res.ok) break;
      } catch {
        // not up yet
      }
      if (child.exitCode !== null) throw new Error(`Chromium exited ${child.exitCode}: ${stderr}`);
      if (Date.now() > deadline)
        throw new Error(`Chromium's DevTools port did not open: ${stderr}`);
      await sleep(200);
    }
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ]) {
      const t = Date.now();
      try {
        const result = await withTimeout(
          lighthouse(
            url,
            {
              port,
              hostname: '127.0.0.1',
              output: 'json',
              logLevel: 'error',
              onlyCategories: categories,
            },
            config,
          ),
          LIGHTHOUSE_TIMEOUT_MS,
          `Lighthouse (${preset})`,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error('Lighthouse returned no result');
        if (lhr.runtimeError)
          throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(
          categories.map((c) => [
            c,
            lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100),
          ]),
        );
        const audit = (id) => lhr.audits[id]?.numericValue;
        // What kept a category under 100: its scored audits that did not pass.
        const shortfalls = {};
        for (const c of categories) {
          const failing = (lhr.categories[c]?.auditRefs ?? [])
            .filter(
              (ref) =>
                ref.weight > 0 && lhr.audits[ref.id]?.score != null && lhr.audits[ref.id].score < 1,
            )
            .map(
              (ref) =>
                `${ref.id} (${lhr.audits[ref.id].score}${lhr.audits[ref.id].displayValue ? `, ${lhr.audits[ref.id].displayValue}` : ''})`,
            );
          if (failing.length) shortfalls[c] = failing;
        }
        // Performance audits that did not pass, with what they would save (information only).
        const opportunities = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score != null &&
              a.score < 0.9 &&
              a.details?.type === 'opportunity' &&
              (a.numericValue ?? 0) > 0,
          )
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        out[preset] = {
          scores,
          opportunities,
          metrics: {
            fcp: round(audit('first-contentful-paint')),
            lcp: round(audit('largest-contentful-paint')),
            tbt: round(audit('total-blocking-time')),
            cls: round(audit('cumulative-layout-shift'), 3),
            speedIndex: round(audit('speed-index')),
          },
          shortfalls,
          warnings: lhr.runWarnings ?? [],
          seconds: round((Date.now() - t) / 1000),
        };
        log(`Lighthouse ${preset}: ${JSON.stringify(scores)} in ${out[preset].seconds}s`);
      } catch (error) {
        out[preset] = { error: error.message };
        log(`Lighthouse ${preset} failed: ${error.message}`);
      }
    }
  } catch (error) {
    out.error = error.message;
  } finally {
    child.kill('SIGTERM');
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const results = {
    timestamp: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      totalMemoryGB: round(os.totalmem() / 1024 ** 3, 1),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      chromium: null,
      chromiumPath,
    },
    settings: { loadsPerMedian: LOADS, throttle: THROTTLE, viewport: VIEWPORT, gzipServed: GZIP },
    harnessErrors: [],
  };
  if (!chromiumPath) throw new Error('no Chromium found (set CHROMIUM_PATH or install chromium)');

  // 1. Build.
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(dist, 'index.html')))
    log('reusing dist/');
  else {
    log('building (npx vite build)…');
    const t = Date.now();
    const out = await run('npx', ['vite', 'build'], {
      env: { ...process.env, NODE_ENV: 'production' },
    });
    results.buildSeconds = round((Date.now() - t) / 1000);
    log(`built in ${results.buildSeconds}s`);
    if (/warn/i.test(out)) results.buildWarnings = out.split('\n').filter((l) => /warn/i.test(l));
  }

  // 2. Bundle sizes.
  results.bundle = bundleSizes();
  results.precache = precacheSize(dist);

  // 3. Generated models.
  mkdirSync(modelsDir, { recursive: true });
  results.models = {};
  for (const n of SIZES) {
    const file = join(modelsDir, `model-${n}.json`);
    const model = generateModel(n, 1);
    const text = `${JSON.stringify(model, null, 2)}\n`;
    writeFileSync(file, text);
    results.models[n] = {
      file: `tests/bench/models/model-${n}.json`,
      bytes: Buffer.byteLength(text),
      domains: model.domains.length,
      links: model.links.length,
    };
  }

  const bundled = bundledModel();
  results.bundledModel = { factors: bundled.factors.length, domains: bundled.domains.length };
  const { server, base } = await startServer();
  log(`serving dist/ at ${base}`);
  let browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: FLAGS, headless: true });
    results.machine.chromium = browser.version();
    log(`Chromium ${results.machine.chromium}`);

    // Warm-up (not counted): the first load in a new browser pays for process start-up.
    await measureLoad(browser, base, '/', bundled.factors.length, 1);

    // 4. Navigation → diagram drawn.
    const section = async (name, fn) => {
      try {
        return await fn();
      } catch (error) {
        results.harnessErrors.push(`${name}: ${error.stack ?? error}`);
        log(`ERROR in ${name}: ${error.message}`);
        return { error: error.message };
      }
    };
    results.load = {};
    if (want('load')) {
      results.load.bundled = await section('load bundled', () =>
        measureLoads(browser, base, 'bundled', '/', bundled.factors.length),
      );
      for (const n of SIZES)
        results.load[`model-${n}`] = await section(`load model-${n}`, () =>
          measureLoads(browser, base, `model-${n}`, `/?model=/bench-models/model-${n}.json`, n),
        );
    }

    // 5. Factor selection latency: within a session (the budget), and as the first interaction
    // of a freshly loaded page (code not yet compiled: the slowest case, reported as info).
    if (want('interaction')) {
      log('factor selection within a session (Event Timing)…');
      results.interactionSession = await section('interaction session', () =>
        measureInteractions(browser, base, bundled, 1, true),
      );
      log('factor selection, first after a fresh load (Event Timing)…');
      results.interaction = await section('interaction', () =>
        measureInteractions(browser, base, bundled, 1),
      );
    }
    if (want('interaction')) {
      log(`factor selection at ${THROTTLE}× (info)…`);
      results.interactionThrottled = await section('interaction throttled', () =>
        measureInteractions(browser, base, bundled, THROTTLE),
      );
    }
    if (results.interaction?.eventTiming)
      log(
        `selection: median ${results.interaction.eventTiming.median} ms, p95 ${results.interaction.eventTiming.p95} ms`,
      );

    // 6. Zoom transitions.
    results.zoom = {};
    if (want('zoom')) {
      log('zoom transitions…');
      const bundledZoom = { path: '/', factors: bundled.factors.length, domains: bundled.domains };
      results.zoom.unthrottled = await section('zoom unthrottled', () =>
        measureZoom(browser, base, bundledZoom, 1),
      );
      results.zoom[`throttled${THROTTLE}x`] = await section('zoom throttled', () =>
        measureZoom(browser, base, bundledZoom, THROTTLE),
      );
      // Information only: the same transitions on large generated models (first 3 domains).
      for (const n of ZOOM_INFO_SIZES) {
        const model = generateModel(n, 1);
        results.zoom[`model-${n}`] = await section(`zoom model-${n}`, () =>
          measureZoom(
            browser,
            base,
            {
              path: `/?model=/bench-models/model-${n}.json`,
              factors: n,
              domains: model.domains.slice(0, 3).map((d) => ({ id: d.id, label: d.label })),
            },
            1,
          ),
        );
      }
    }
    // 5b. The app against the plain-D3 baseline, interleaved (issue 11's floor).
    if (want('versus')) {
      log('app against the plain-D3 baseline…');
      await buildBaseline(here, baselineDir);
      const modelAsset = readdirSync(join(dist, 'assets')).find((f) =>
        /^model-[\w-]+\.json$/.test(f),
      );
      results.versus = await section('versus', () =>
        measureVersus(
          [
            {
              label: 'bundled',
              appPath: '/',
              modelUrl: `/assets/${modelAsset}`,
              factors: bundled.factors.length,
            },
            ...[70, 700, 5000].map((n) => ({
              label: `${n} factors`,
              appPath: `/?model=/bench-models/model-${n}.json`,
              modelUrl: `/bench-models/model-${n}.json`,
              factors: n,
            })),
          ],
          Math.max(3, Math.min(LOADS, 5)),
          (path, factors) => measureLoad(browser, base, path, factors, 1),
        ),
      );
    }

    // 6a. The evidence map: hovering lights links (bundled factors; a 2,000-factor model's domains).
    if (want('evidence')) {
      log('evidence map hover…');
      const bigPath = writeEvidenceModel(modelsDir);
      results.evidence = {
        bundled: await section('evidence hover bundled', () =>
          measureEvidenceHover(browser, base, {
            path: '/evidence',
            ring: '.ring--factors',
            label: 'bundled model, factors',
          }),
        ),
        model2000: await section('evidence hover 2000', () =>
          measureEvidenceHover(browser, base, {
            path: `/evidence?model=${bigPath}`,
            ring: '.ring--domains',
            label: '2,000 factors, 5,000 links, domains',
          }),
        ),
      };
    }

    // 6b. Workshop mode: step-to-step transitions of the guided tour at 1024×768.
    if (want('present')) {
      log('presentation steps…');
      results.present = await section('presentation steps', () =>
        measurePresentSteps(browser, base),
      );
    }
    await browser.close();
    browser = undefined;

    // 7. Lighthouse (its own Chromium, after the others have finished).
    if (process.env.BENCH_SKIP_LIGHTHOUSE === '1' || !want('lighthouse'))
      results.lighthouse = { error: 'skipped (BENCH_SKIP_LIGHTHOUSE or BENCH_ONLY)' };
    else {
      log('Lighthouse…');
      results.lighthouse = await runLighthouse(`${base}/`);
    }
  } finally {
    await browser?.close().catch(() => {});
    await new Promise((r) => server.close(r));
    server.closeAllConnections?.();
  }

  report(results);
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`results written to ${resultsFile.slice(root.length + 1)}`);
  if (results.harnessErrors.length) {
    console.error('\nThe harness itself failed:\n' + results.harnessErrors.join('\n'));
    return 1;
  }
  return 0;
}

function report(r) {
  const m = r.machine;
  console.log(
    `\n=== Clinician Well-Being Explorer benchmark, ${r.timestamp}\n` +
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.totalMemoryGB} GB, ${m.platform}; Node ${m.node}; ` +
      `Chromium ${m.chromium}. Viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${LOADS} loads per median; ` +
      `${GZIP ? 'gzip' : 'no compression'} on the test server.`,
  );

  const b = r.bundle;
  printTable(
    'JavaScript of the first page (entry + static imports); gzip = zlib level 9',
    [
      ['file', 'file'],
      ['raw', 'raw'],
      ['gzip', 'gzip'],
    ],
    [
      ...b.firstPage.files.map((f) => ({ file: f.file, raw: kb(f.raw), gzip: kb(f.gzip) })),
      { file: 'TOTAL first page', raw: kb(b.firstPage.raw), gzip: kb(b.firstPage.gzip) },
    ],
  );
  printTable(
    'Lazy JavaScript chunks (not on the first page)',
    [
      ['file', 'file'],
      ['raw', 'raw'],
      ['gzip', 'gzip'],
    ],
    [
      ...b.lazy.files.map((f) => ({ file: f.file, raw: kb(f.raw), gzip: kb(f.gzip) })),
      { file: 'TOTAL lazy', raw: kb(b.lazy.raw), gzip: kb(b.lazy.gzip) },
    ],
  );
  printTable(
    'Other assets (fetched, not JavaScript)',
    [
      ['file', 'file'],
      ['raw', 'raw'],
      ['gzip', 'gzip'],
    ],
    b.otherAssets.map((f) => ({ file: f.file, raw: kb(f.raw), gzip: kb(f.gzip) })),
  );

  const t4 = `throttled${THROTTLE}x`;
  printTable(
    `Navigation → diagram drawn (performance mark cwb:diagram-drawn; median of ${LOADS}, fresh context each)`,
    [
      ['model', 'model'],
      ['factors', 'factors'],
      ['domains', 'domains'],
      ['size', 'file'],
      ['u', '1× median'],
      ['urange', '1× min–max'],
      ['t', `${THROTTLE}× median`],
      ['trange', `${THROTTLE}× min–max`],
      ['fcp', '1× FCP'],
    ],
    Object.entries(r.load ?? {}).map(([name, v]) => {
      const n = name === 'bundled' ? null : Number(name.split('-')[1]);
      return {
        model: name === 'bundled' ? 'bundled (/)' : `${name} (?model=)`,
        factors: v.factors ?? n,
        domains: n ? r.models[n].domains : r.bundledModel?.domains,
        size: n
          ? kb(r.models[n].bytes)
          : kb(b.otherAssets.find((f) => /^assets\/model-/.test(f.file))?.raw ?? 0),
        u: v.error ? `ERROR: ${v.error.slice(0, 60)}` : ms(v.unthrottled?.median),
        urange: v.unthrottled
          ? `${Math.round(v.unthrottled.min)}–${Math.round(v.unthrottled.max)}`
          : '—',
        t: ms(v[t4]?.median),
        trange: v[t4] ? `${Math.round(v[t4].min)}–${Math.round(v[t4].max)}` : '—',
        fcp: ms(v.unthrottled?.fcpMedian),
      };
    }),
  );

  // The preload link for the bundled model fires even when ?model= names another model.
  const extra = Object.entries(r.load ?? {})
    .filter(([name]) => name !== 'bundled')
    .flatMap(([name, v]) =>
      (v.unthrottled?.jsonFetch ?? [])
        .filter((j) => /\/assets\/model-[\w-]+\.json/.test(j.name))
        .map(
          (j) => `${name}: ${j.name.replace(/^https?:\/\/[^/]+/, '')} (${kb(j.size)} transferred)`,
        ),
    );
  if (extra.length)
    console.log(
      `  note: loads with ?model= also downloaded the bundled model:\n    ${extra.join('\n    ')}`,
    );

  const it = r.interaction;
  const selectionRows = [];
  const fmt = (x) => (x == null ? '—' : x <= 16 ? '≤16 ms' : `${Math.round(x)} ms`);
  for (const [run, x] of [
    ['1× in a session (budget)', r.interactionSession],
    ['1× first after load (info)', r.interaction],
    [`${THROTTLE}× first after load (info)`, r.interactionThrottled],
  ]) {
    if (!x) continue;
    if (!x.eventTiming) {
      selectionRows.push({ run, what: `ERROR: ${x.error}` });
      continue;
    }
    selectionRows.push(
      {
        run,
        what: 'Event Timing duration',
        median: fmt(x.eventTiming.median),
        p95: fmt(x.eventTiming.p95),
        max: fmt(x.eventTiming.max),
        note: `${x.eventTiming.under16} of ${x.factors} under 16 ms (counted as 16)`,
      },
      {
        run,
        what: 'click → heading in DOM (MutationObserver)',
        median: ms(x.clickToHeadingDom.median),
        p95: ms(x.clickToHeadingDom.p95),
        max: ms(x.clickToHeadingDom.max),
        note: 'cross-check',
      },
      {
        run,
        what: 'click → next frame after heading',
        median: ms(x.clickToHeadingPainted.median),
        p95: ms(x.clickToHeadingPainted.p95),
        max: ms(x.clickToHeadingPainted.max),
        note: 'cross-check (rAF + task after the change)',
      },
    );
  }
  printTable(
    `Factor selection on the bundled model (${it?.factors ?? '—'} factors; in a session: one page, Back to / between clicks; first after load: each click on a fresh load of /; Event Timing: max duration of the click's interaction, entries ≥16 ms)`,
    [
      ['run', 'run'],
      ['what', 'measure'],
      ['median', 'median'],
      ['p95', 'p95'],
      ['max', 'max'],
      ['note', 'note'],
    ],
    selectionRows,
  );
  if (it?.eventTiming) {
    printTable(
      'Factor selection, each click (duration = max Event Timing duration of the interaction)',
      [
        ['factor', 'factor'],
        ['duration', 'duration'],
        ['worst', 'event'],
        ['delay', 'input delay'],
        ['proc', 'processing'],
        ['pres', 'presentation'],
        ['dom', 'click→DOM'],
        ['paint', 'click→frame'],
        ['loaf', 'long frames'],
      ],
      it.rows.map((row) => ({
        factor: row.factor,
        duration: row.duration == null ? '<16' : `${row.duration} ms`,
        worst: row.worstEvent,
        delay: row.inputDelay,
        proc: row.processing,
        pres: row.presentationDelay,
        dom: row.clickToHeadingDom,
        paint: row.clickToHeadingPainted,
        loaf: row.longFrames.map((l) => Math.round(l.duration)).join(' ') || '',
      })),
    );
  } else if (it?.error) console.log(`\nFactor selection: ERROR ${it.error}`);

  const zoomRows = [];
  for (const [key, z] of Object.entries(r.zoom ?? {})) {
    if (z.error) {
      zoomRows.push({ run: key, kind: 'ERROR', transitions: z.error.slice(0, 80) });
      continue;
    }
    for (const kind of ['zoomIn', 'zoomOut'])
      zoomRows.push({
        run:
          key === 'unthrottled'
            ? '1× bundled (budget)'
            : key.startsWith('throttled')
              ? `${THROTTLE}× bundled (info)`
              : `1× ${key} (info, 3 domains)`,
        kind: kind === 'zoomIn' ? 'in (click domain)' : 'out (Back)',
        ...z[kind],
        median: ms(z[kind].median),
        p95: ms(z[kind].p95),
        max: ms(z[kind].max),
      });
  }
  printTable(
    `Frame deltas in zoom transitions (rAF deltas ending ≤${TRANSITION_WINDOW_MS} ms after the click or Back; ${ZOOM_DURATION}-ms tween; bundled: each of its 7 domains once)`,
    [
      ['run', 'run'],
      ['kind', 'transition'],
      ['transitions', 'n'],
      ['frames', 'frames'],
      ['median', 'median'],
      ['p95', 'p95'],
      ['max', 'max'],
      ['over16_7', '>16.7 ms'],
      ['over33_4', '>33 ms'],
      ['over33_4WithoutLongFrame', 'of which no LoAF ≥50 ms'],
    ],
    zoomRows,
  );
  console.log(
    '  (deltas are vsync steps of 16.7 ms; >16.7 = one vsync missed (0.5 ms slack for jitter); >33 ms\n' +
      '   counts any frame longer than 33 ms, so one missed vsync counts; "no LoAF ≥50 ms" = no long-animation-frame entry\n' +
      '   overlaps that frame: at 1× that means the delay was not main-thread script or layout)',
  );

  const lh = r.lighthouse ?? {};
  printTable(
    'Lighthouse (lighthouse 12.8.2, local Chromium; mobile = default config, desktop = desktop-config)',
    [
      ['preset', 'preset'],
      ['performance', 'performance'],
      ['accessibility', 'accessibility'],
      ['bp', 'best-practices'],
      ['seo', 'seo'],
      ['fcp', 'FCP'],
      ['lcp', 'LCP'],
      ['tbt', 'TBT'],
      ['cls', 'CLS'],
    ],
    ['mobile', 'desktop'].map((preset) => {
      const x = lh[preset];
      if (!x?.scores)
        return {
          preset,
          performance: `not run: ${(x?.error ?? lh.error ?? 'unknown').slice(0, 100)}`,
        };
      return {
        preset,
        performance: x.scores.performance,
        accessibility: x.scores.accessibility,
        bp: x.scores['best-practices'],
        seo: x.scores.seo,
        fcp: ms(x.metrics.fcp),
        lcp: ms(x.metrics.lcp),
        tbt: ms(x.metrics.tbt),
        cls: x.metrics.cls,
      };
    }),
  );
  for (const preset of ['mobile', 'desktop'])
    for (const [cat, list] of Object.entries(lh[preset]?.shortfalls ?? {}))
      console.log(`  ${preset} ${cat} < 100 because of: ${list.join('; ')}`);
  for (const preset of ['mobile', 'desktop'])
    if (lh[preset]?.opportunities?.length)
      console.log(`  ${preset} opportunities (info): ${lh[preset].opportunities.join('; ')}`);

  printVersus(r.versus);

  // Budgets.
  const budgets = [];
  const budget = (name, limit, actual, pass) =>
    budgets.push({
      budget: name,
      limit,
      actual,
      result: pass == null ? 'NOT RUN' : pass ? 'PASS' : 'FAIL',
    });
  budget('First-page JS (gzip)', '≤ 130 KB', kb(b.firstPage.gzip), b.firstPage.gzip <= 130 * KB);
  const session = r.interactionSession?.eventTiming;
  budget(
    'Factor selection p95 (Event Timing, bundled, in a session)',
    '< 50 ms',
    session?.p95 == null ? '—' : session.p95 <= 16 ? '<16 ms' : `${session.p95} ms`,
    session?.p95 == null ? null : session.p95 < 50,
  );
  const cold = it?.eventTiming;
  if (cold?.p95 != null)
    console.log(
      `  (info) first selection after a fresh load: p95 ${cold.p95} ms, median ${cold.median} ms` +
        ' — every function on that path runs for the first time',
    );
  const zu = r.zoom?.unthrottled;
  budget(
    'Zoom transitions, frames > 33 ms (1×, bundled)',
    '0',
    zu?.zoomIn && zu?.zoomOut
      ? `${zu.zoomIn.over33_4 + zu.zoomOut.over33_4} (max ${Math.max(zu.zoomIn.max, zu.zoomOut.max)} ms)`
      : '—',
    zu?.zoomIn && zu?.zoomOut ? zu.zoomIn.over33_4 + zu.zoomOut.over33_4 === 0 : null,
  );
  const hover = r.evidence?.bundled;
  budget(
    'Evidence map hover, frames > 33 ms (bundled)',
    '0',
    hover?.frames ? `${hover.over33} (max ${Math.round(hover.max * 10) / 10} ms)` : '—',
    hover?.frames ? hover.over33 === 0 : null,
  );
  const bigHover = r.evidence?.model2000;
  if (bigHover?.frames)
    console.log(
      `  (info) evidence map hover, 2,000 factors and 5,000 links: median ${Math.round(bigHover.median * 10) / 10} ms, p95 ${Math.round(bigHover.p95 * 10) / 10} ms, max ${Math.round(bigHover.max * 10) / 10} ms, ${bigHover.over33} frames over 33 ms`,
    );
  const steps = r.present;
  budget(
    'Presentation step transitions, frames > 33 ms (1024×768)',
    '0',
    steps?.frames ? `${steps.over33} (max ${Math.round(steps.max * 10) / 10} ms)` : '—',
    steps?.frames ? steps.over33 === 0 : null,
  );
  if (r.precache)
    console.log(
      `  (info) service worker precache: ${r.precache.files} files, ${kb(r.precache.bytes)}`,
    );
  const big = r.load?.['model-5000']?.unthrottled?.median;
  budget(
    '5,000-factor model drawn (median, 1×)',
    '< 1000 ms',
    ms(big),
    big == null ? null : big < 1000,
  );
  const score = (preset, cat) => lh[preset]?.scores?.[cat];
  for (const cat of ['accessibility', 'best-practices', 'seo'])
    for (const preset of ['mobile', 'desktop']) {
      const s = score(preset, cat);
      budget(
        `Lighthouse ${cat} (${preset})`,
        '= 100',
        s ?? 'not run',
        s == null ? null : s === 100,
      );
    }
  const perf = score('mobile', 'performance');
  budget(
    'Lighthouse performance (mobile)',
    '≥ 95',
    perf ?? 'not run',
    perf == null ? null : perf >= 95,
  );
  r.budgets = budgets;
  printTable(
    'BUDGETS',
    [
      ['budget', 'budget'],
      ['limit', 'limit'],
      ['actual', 'actual'],
      ['result', 'result'],
    ],
    budgets,
  );
  const failed = budgets.filter((x) => x.result !== 'PASS');
  if (failed.length)
    console.log(
      `\n${failed.length} budget(s) not met:\n` +
        failed.map((x) => `  ${x.result}: ${x.budget}: ${x.actual} (limit ${x.limit})`).join('\n'),
    );
  else console.log('\nAll budgets met.');
  const errs = [
    ...(r.interaction?.errors ?? []),
    ...Object.values(r.zoom ?? {}).flatMap((z) => z.errors ?? []),
    ...Object.values(r.load ?? {}).flatMap((v) => [
      ...(v.unthrottled?.errors ?? []),
      ...(v[t4]?.errors ?? []),
    ]),
  ];
  if (errs.length)
    console.log(`\nPage errors seen during the runs:\n  ${[...new Set(errs)].join('\n  ')}`);
}

const watchdog = setTimeout(() => {
  console.error(`\nbench: gave up after ${WATCHDOG_MS / 60000} minutes`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

main().then(
  (code) => {
    clearTimeout(watchdog);
    process.exitCode = code;
  },
  (error) => {
    clearTimeout(watchdog);
    console.error(`\nbench: the harness failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);
