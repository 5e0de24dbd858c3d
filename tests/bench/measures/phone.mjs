/* global window, document, performance, requestAnimationFrame, MutationObserver, location, setTimeout */
// A phone on 4G, as a person feels it: Chromium's emulation of 150 ms round trips, 1.6 Mbps
// down, 750 kbps up and a CPU four times slower, a cold cache, a 390 × 844 touch screen. The app
// (A) against the plain-D3 baseline (B), loaded in turn. For each load:
//   drawn:        the model's drawing first painted (Element Timing on its centre label);
//   interactive:  the first domain is a working, named button (the app has said it answers:
//                 cwb:app-ready; the baseline has drawn and bound its clicks: cwb:diagram-drawn);
//   tap answered: a tap on the first domain, made the moment the drawing is painted, gets its
//                 answer painted: the frame after the page first shows it (the app outlines the
//                 domain it is opening, or zooms, or opens its address; the baseline zooms).
import { newPage } from '../browser.mjs';
import { LOAD_TIMEOUT_MS } from '../config.mjs';
import { interleaved, log, median, ratio, round, withTimeout } from '../util.mjs';

export const PHONE = {
  viewport: { width: 390, height: 844 },
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpuSlowdown: 4,
};

/** In the page: resolves once a diagram of `factors` factors is painted (Element Timing). */
function whenDrawn([factors, limit]) {
  return new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      const drawn = window.__bench.drawn[factors];
      if (drawn != null || performance.now() - start > limit) resolve(drawn ?? null);
      else setTimeout(check, 10);
    };
    check();
  });
}

/**
 * In the page: where the first domain is drawn (the app's, the build's or the sketch's drawing,
 * or the baseline's), and a watch that records when the page first answers a tap on it.
 */
function armTap(id) {
  const el =
    document.querySelector(`.ring--domains [data-focus-id="${id}"]`) ??
    document.querySelector(`.ring--domains [data-id="${id}"]`) ??
    document.querySelector(`path[data-id="${id}"]`);
  if (!el) return null;
  const shape = el.tagName === 'path' ? el : el.querySelector('path');
  const before = shape?.getAttribute('d');
  const path = location.pathname;
  const bench = window.__bench;
  const answered = () =>
    document.querySelector('.selection-outline') ||
    location.pathname !== path ||
    // The baseline zooms: its domain's arc changes shape.
    (el.isConnected && el.tagName === 'path' && el.getAttribute('d') !== before);
  const done = () => {
    if (bench.answered != null) return;
    // The frame after the one that shows the answer has begun: the answer is on screen.
    requestAnimationFrame(() => requestAnimationFrame((t) => (bench.answered ??= t)));
  };
  new MutationObserver(() => answered() && done()).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['d', 'class'],
  });
  const r = el.getBoundingClientRect();
  // A point inside the arc: its box's middle is outside a curved segment, so look for one.
  for (let i = 0; i <= 8; i++)
    for (let j = 0; j <= 8; j++) {
      const x = r.left + (r.width * (i + 0.5)) / 9.5;
      const y = r.top + (r.height * (j + 0.5)) / 9.5;
      const hit = document.elementFromPoint(x, y);
      if (hit && el.contains(hit)) return { x, y };
    }
  return null;
}

/** In the page: when the first domain was a working, named button. */
function whenInteractive([app, limit]) {
  return new Promise((resolve) => {
    const start = performance.now();
    const name = app ? 'cwb:app-ready' : 'cwb:diagram-drawn';
    const check = () => {
      const mark = performance.getEntriesByName(name)[0];
      if (mark || performance.now() - start > limit) resolve(mark?.startTime ?? null);
      else setTimeout(check, 20);
    };
    check();
  });
}

/** A fresh page in a fresh context, as the phone profile: its screen, network and CPU. */
export async function newPhonePage(browser) {
  const phone = await newPage(browser, { viewport: PHONE.viewport, touch: true });
  await phone.cdp.send('Network.enable');
  await phone.cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await phone.cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return phone;
}

/** One cold load of `side` of target `t` under the phone profile, with a tap made when drawn. */
export async function loadOnce(browser, base, side, t, app) {
  const { context, page, errors } = await newPhonePage(browser);
  try {
    await page.goto(base + side.url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const drawn = await withTimeout(
      page.evaluate(whenDrawn, [t.factors, LOAD_TIMEOUT_MS - 5000]),
      LOAD_TIMEOUT_MS,
      `drawing of ${side.url}`,
    );
    if (drawn == null) throw new Error(`${side.url}: never drawn`);
    const point = await page.evaluate(armTap, t.domains[0]);
    if (!point) throw new Error(`${side.url}: no first domain to tap`);
    await page.touchscreen.tap(point.x, point.y);
    const interactive = await page.evaluate(whenInteractive, [app, LOAD_TIMEOUT_MS - 5000]);
    // A tap that is never answered (lost) counts as a miss, not as a broken harness.
    const answered = await page
      .waitForFunction(() => window.__bench.answered, null, { timeout: 15_000, polling: 50 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    return { drawn, interactive, answered, errors };
  } finally {
    await context.close();
  }
}

const summary = (loads, key) => ({
  median: round(median(loads.map((l) => l[key]).filter((x) => x != null))),
  samples: loads.map((l) => round(l[key])),
  missed: loads.filter((l) => l[key] == null).length,
});

/** Every target under the phone profile, app and baseline interleaved. */
export async function measurePhone(browser, base, targets, rounds) {
  const out = [];
  for (const t of targets) {
    const runs = await interleaved(rounds, (side) =>
      loadOnce(browser, base, t[side], t, side === 'app'),
    );
    const row = { model: t.label, factors: t.factors, rounds, app: {}, baseline: {}, ratio: {} };
    for (const key of ['drawn', 'interactive', 'answered']) {
      row.app[key] = summary(runs.app, key);
      row.baseline[key] = summary(runs.baseline, key);
      row.ratio[key] = ratio(row.app[key].median, row.baseline[key].median);
    }
    row.errors = [...new Set(runs.app.flatMap((l) => l.errors))];
    log(
      `phone, ${t.label}: drawn ${row.app.drawn.median} vs ${row.baseline.drawn.median} ms (${row.ratio.drawn}×), ` +
        `interactive ${row.app.interactive.median} vs ${row.baseline.interactive.median} ms, ` +
        `tap answered ${row.app.answered.median} (${row.app.answered.samples.join(', ')}) vs ` +
        `${row.baseline.answered.median} ms (${row.ratio.answered}×)`,
    );
    out.push(row);
  }
  return out;
}
