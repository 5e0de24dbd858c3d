/* global window, requestAnimationFrame, setTimeout */
// Click → next paint (Event Timing), the app (A) against the baseline (B), interleaved. Each load
// is fresh: its first click (a domain, which zooms in) is reported apart from the later ones
// (other domains, each after zooming back out through the centre). Event Timing reports an
// interaction only from 16 ms; a click with no entry took less and counts as 16 ms.
import { clickAt, newPage, openDiagram, settle } from '../browser.mjs';
import { interleaved, log, percentile, ratio, round, stats } from '../util.mjs';

const LATER_CLICKS = 3;
const ZOOM_WAIT_MS = 700;

/** Clicks `selector` and returns the longest Event Timing duration of that interaction. */
async function timedClick(page, selector) {
  const mark = await page.evaluate(() => window.__bench.events.length);
  await clickAt(page, selector);
  // Entries arrive after the next paint: give them two frames and a moment.
  await page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))),
      ),
  );
  const events = await page.evaluate((from) => window.__bench.events.slice(from), mark);
  const mine = events.filter(
    (e) => e.interactionId > 0 && ['pointerdown', 'pointerup', 'click'].includes(e.name),
  );
  return mine.length ? Math.max(...mine.map((e) => e.duration)) : 16;
}

/** One fresh load: the first click, then LATER_CLICKS more, zooming out between them. */
async function session(browser, base, side, t) {
  const { context, page } = await newPage(browser);
  try {
    await openDiagram(page, base + side.url, t.factors);
    await settle(page);
    const first = await timedClick(page, side.domain(t.domains[0]));
    const later = [];
    for (let i = 1; i <= LATER_CLICKS; i++) {
      await page.waitForTimeout(ZOOM_WAIT_MS);
      await clickAt(page, side.centre);
      await page.waitForTimeout(ZOOM_WAIT_MS);
      await settle(page);
      later.push(await timedClick(page, side.domain(t.domains[i % t.domains.length])));
    }
    return { first, later };
  } finally {
    await context.close();
  }
}

export async function measureClicks(browser, base, targets, rounds) {
  const out = [];
  for (const t of targets) {
    const runs = await interleaved(rounds, (side) => session(browser, base, t[side], t));
    const summarise = (list) => ({
      first: stats(list.map((s) => s.first)),
      later: stats(list.flatMap((s) => s.later)),
    });
    const A = summarise(runs.app);
    const B = summarise(runs.baseline);
    const row = {
      model: t.label,
      app: A,
      baseline: B,
      ratio: { first: ratio(A.first.p75, B.first.p75), later: ratio(A.later.p75, B.later.p75) },
    };
    log(
      `click → paint p75, ${t.label}: first ${A.first.p75} vs ${B.first.p75} ms, later ${A.later.p75} vs ${B.later.p75} ms`,
    );
    out.push(row);
  }
  return out;
}

/**
 * The app alone on the bundled model: the first click after a fresh load, alternately a domain
 * and a factor (the click that opens a factor's panel), `count` loads.
 */
export async function measureFirstClicks(browser, base, t, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const { context, page } = await newPage(browser);
    try {
      await openDiagram(page, base + t.app.url, t.factors);
      await settle(page);
      const k = Math.floor(i / 2) % t.domains.length;
      const selector = i % 2 ? t.app.factor(t.firstFactors[k]) : t.app.domain(t.domains[k]);
      samples.push({
        kind: i % 2 ? 'factor' : 'domain',
        duration: await timedClick(page, selector),
      });
    } finally {
      await context.close();
    }
  }
  const all = samples.map((s) => s.duration);
  log(
    `first click after load (app, ${t.label}): p95 ${percentile(all, 95)} ms of ${all.join(', ')}`,
  );
  return { ...stats(all), samples: samples.map((s) => ({ ...s, duration: round(s.duration) })) };
}
