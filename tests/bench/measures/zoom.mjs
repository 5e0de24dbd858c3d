/* global window, performance, requestAnimationFrame, setTimeout */
// Frames during a zoom, the app (A) against the baseline (B): a domain clicked (zoom in, a 400 ms
// tween in both), then the centre (zoom out), for the first three domains. A frame is the gap
// between two animation frames in the 700 ms after the click; at 60 Hz a smooth one is 16.7 ms.
import { clickAt, newPage, openDiagram, settle } from '../browser.mjs';
import { interleaved, log, median, round } from '../util.mjs';

const RECORD_MS = 700;
const DOMAINS = 3;

/** Starts recording animation frames in the page. */
const startFrames = (page) =>
  page.evaluate(() => {
    const b = window.__bench;
    b.frames = [];
    b.recording = true;
    const loop = (t) => {
      b.frames.push(t);
      if (b.recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return new Promise((r) => setTimeout(r, 100));
  });

/**
 * Clicks, records RECORD_MS of frames from the click, and returns the gaps after the click and
 * when each ended (ms after the click).
 */
async function zoomOnce(page, selector) {
  const mark = await page.evaluate(() => window.__bench.pointer.length);
  await startFrames(page);
  await clickAt(page, selector);
  return page.evaluate(
    ([from, recordMs]) =>
      new Promise((r) => {
        const b = window.__bench;
        const start =
          b.pointer.slice(from).find((p) => p.type === 'pointerdown')?.t ?? performance.now();
        setTimeout(
          () => {
            b.recording = false;
            const gaps = [];
            const at = [];
            for (let i = 1; i < b.frames.length; i++)
              if (b.frames[i] > start && b.frames[i] <= start + recordMs) {
                gaps.push(b.frames[i] - b.frames[i - 1]);
                at.push(b.frames[i] - start);
              }
            r({ gaps, at });
          },
          Math.max(0, recordMs - (performance.now() - start)),
        );
      }),
    [mark, RECORD_MS],
  );
}

async function zoomSession(browser, base, side, t) {
  const { context, page } = await newPage(browser);
  const zooms = [];
  try {
    await openDiagram(page, base + side.url, t.factors);
    await settle(page);
    for (const id of t.domains.slice(0, DOMAINS)) {
      zooms.push({ kind: 'in', ...(await zoomOnce(page, side.domain(id))) });
      await settle(page);
      zooms.push({ kind: 'out', ...(await zoomOnce(page, side.centre)) });
      await settle(page);
    }
  } finally {
    await context.close();
  }
  return zooms;
}

const summarise = (zooms) => {
  const gaps = zooms.flatMap((z) => z.gaps);
  const perZoom = zooms.map((z) => ({
    kind: z.kind,
    max: round(Math.max(...z.gaps)),
    over33: z.gaps.filter((g) => g > 33).length,
    over50: z.gaps.filter((g) => g > 50).length,
    // When the late frames ended, in ms after the click: where in the zoom the time went.
    late: z.gaps.flatMap((g, i) => (g > 33 ? [`${round(g)}@${Math.round(z.at[i])}`] : [])),
  }));
  return {
    zooms: zooms.length,
    frames: gaps.length,
    median: round(median(gaps)),
    max: round(Math.max(...gaps)),
    over33: gaps.filter((g) => g > 33).length,
    over50: gaps.filter((g) => g > 50).length,
    worstZoomOver33: Math.max(...perZoom.map((z) => z.over33)),
    perZoom,
  };
};

export async function measureZoom(browser, base, targets, rounds) {
  const out = [];
  for (const t of targets) {
    const runs = await interleaved(rounds, (side) => zoomSession(browser, base, t[side], t));
    const row = {
      model: t.label,
      app: summarise(runs.app.flat()),
      baseline: summarise(runs.baseline.flat()),
    };
    log(
      `zoom, ${t.label}: app max ${row.app.max} ms, ${row.app.over33} frames >33 ms; baseline max ${row.baseline.max} ms, ${row.baseline.over33} >33 ms`,
    );
    out.push(row);
  }
  return out;
}
