/* global window, document, performance, requestIdleCallback, setTimeout */
/* global PerformanceObserver, innerWidth, innerHeight */
// Chromium for the bench: a page in a fresh context with the in-page probes, and the page-side
// helpers every measure shares (when the diagram was drawn, when the page is idle, where to click).
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../chromium.mjs';
import { LOAD_TIMEOUT_MS, VIEWPORT } from './config.mjs';
import { withTimeout } from './util.mjs';

export const chromiumPath = findChromium();
export const FLAGS = CHROMIUM_FLAGS;

export function launch() {
  if (!chromiumPath) throw new Error('no Chromium found (set CHROMIUM_PATH or install chromium)');
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS, headless: true });
}

/**
 * In the page, from before its first script: records when the diagram was first painted, Event
 * Timing entries and pointer events. Nothing more: a probe's own work lands in the frames it
 * measures.
 */
function installProbe() {
  // drawn[n]: when a diagram of n factors was first painted. Both the app and the baseline name
  // their centre label for Element Timing (cwb-diagram-<factors>), which reports the time of the
  // frame that first showed it: before any script for the app's build-time drawing of `/`.
  const bench = { drawn: {}, events: [], pointer: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const n = /^cwb-diagram-(\d+)$/.exec(e.identifier)?.[1];
      if (n) bench.drawn[n] ??= e.renderTime || e.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.events.push({
        name: e.name,
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        interactionId: e.interactionId,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  for (const type of ['pointerdown', 'click'])
    window.addEventListener(type, (e) => bench.pointer.push({ type, t: e.timeStamp }), {
      capture: true,
    });
}

/** A page in a fresh context (nothing cached, no service worker yet), probed; `touch`: a phone. */
export async function newPage(browser, { viewport = VIEWPORT, touch = false } = {}) {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

/**
 * In the page: waits for the diagram of `factors` factors. `drawn` is when it was first painted;
 * `interactive` is the cwb:diagram-drawn mark, set once the page's script has drawn it and can
 * answer a click (the app's Diagram, the baseline's main.js).
 */
function waitForDiagram([factors, limit]) {
  return new Promise((resolvePromise) => {
    const start = performance.now();
    const check = () => {
      const b = window.__bench;
      const mark = performance
        .getEntriesByName('cwb:diagram-drawn')
        .find((e) => e.detail?.factors === factors);
      const drawn = b.drawn[factors] ?? null;
      if ((drawn != null && mark) || performance.now() - start > limit) {
        resolvePromise({
          drawn,
          interactive: mark?.startTime ?? null,
          text: mark ? null : document.body.innerText.slice(0, 300),
        });
      } else setTimeout(check, 20);
    };
    check();
  });
}

/** Opens `path` and waits for its diagram; throws with what the page showed if it never comes. */
export async function openDiagram(page, url, factors) {
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  const r = await withTimeout(
    page.evaluate(waitForDiagram, [factors, LOAD_TIMEOUT_MS - 5000]),
    LOAD_TIMEOUT_MS,
    `load of ${url}`,
  );
  if (r.drawn == null || r.interactive == null)
    throw new Error(`${url}: no diagram of ${factors} factors (page: ${r.text})`);
  return r;
}

/** In the page: resolves once the main thread has been idle twice (or after a second each). */
export const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((r) =>
        requestIdleCallback(
          () => requestIdleCallback(() => setTimeout(r, 150), { timeout: 1000 }),
          {
            timeout: 1000,
          },
        ),
      ),
  );

/** In the page: a point inside the element `selector` picks (not under another element). */
function pointInside(selector) {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const hits = [];
  const N = 24;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      const x = r.left + ((i + 0.5) * r.width) / N;
      const y = r.top + ((j + 0.5) * r.height) / N;
      if (x < 1 || y < 1 || x > innerWidth - 1 || y > innerHeight - 1) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && el.contains(hit)) hits.push([x, y]);
    }
  if (!hits.length) return null;
  const cx = hits.reduce((s, h) => s + h[0], 0) / hits.length;
  const cy = hits.reduce((s, h) => s + h[1], 0) / hits.length;
  const [x, y] = hits.reduce((best, h) =>
    Math.hypot(h[0] - cx, h[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? h : best,
  );
  return { x, y };
}

/**
 * Clicks the element `selector` picks, at a point inside its shape, as a person does: the pointer
 * arrives, rests a moment (hover effects paint then), and the button goes down and up.
 */
export async function clickAt(page, selector) {
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 10_000 });
  const point = await page.evaluate(pointInside, selector);
  if (!point) throw new Error(`no clickable point inside ${selector}`);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(150);
  await page.mouse.down();
  await page.mouse.up();
}

/** JS heap in use after a full garbage collection (the page's main thread). */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
