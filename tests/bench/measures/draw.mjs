// Navigation → diagram drawn, the app (A) against the plain-D3 baseline (B), loaded in turn
// (A, B, A, B…) so a busy machine slows both alike. Each load is a fresh context (nothing cached).
//   drawn:       when the diagram was first painted (Element Timing on its centre label); for the
//                app at `/` that is the build's drawing, before any script has run.
//   interactive: the cwb:diagram-drawn mark, once the page's script has drawn it and can answer
//                a click.
//   heap:        JS heap in use after a full garbage collection, once the page is idle.
import { heapAfterGc, newPage, openDiagram, settle } from '../browser.mjs';
import { interleaved, log, median, ratio, round } from '../util.mjs';

async function loadOnce(browser, base, side, factors) {
  const { context, page, cdp, errors } = await newPage(browser);
  try {
    const r = await openDiagram(page, base + side.url, factors);
    await settle(page);
    return { drawn: r.drawn, interactive: r.interactive, heap: await heapAfterGc(cdp), errors };
  } finally {
    await context.close();
  }
}

const summary = (loads) => ({
  drawn: round(median(loads.map((l) => l.drawn))),
  interactive: round(median(loads.map((l) => l.interactive))),
  heap: median(loads.map((l) => l.heap)),
  drawnSamples: loads.map((l) => round(l.drawn)),
  errors: [...new Set(loads.flatMap((l) => l.errors))],
});

export async function measureDraw(browser, base, targets, rounds) {
  const out = [];
  for (const t of targets) {
    const runs = await interleaved(rounds, (side) => loadOnce(browser, base, t[side], t.factors));
    const A = summary(runs.app);
    const B = summary(runs.baseline);
    const row = {
      model: t.label,
      factors: t.factors,
      rounds,
      app: A,
      baseline: B,
      ratio: {
        drawn: ratio(A.drawn, B.drawn),
        interactive: ratio(A.interactive, B.interactive),
        heap: ratio(A.heap, B.heap),
      },
    };
    log(
      `drawn, ${t.label}: app ${A.drawn} ms (${A.drawnSamples.join(', ')}), baseline ${B.drawn} ms (${B.drawnSamples.join(', ')}): ${row.ratio.drawn}×`,
    );
    out.push(row);
  }
  return out;
}
