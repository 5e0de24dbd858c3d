/* global console */
// Prints the results: the side-by-side table (app A, plain-D3 baseline B, A/B), the app's own
// figures, and the budgets.
import { VIEWPORT } from './config.mjs';
import { kb, mb, ms, printTable, rowsOf } from './util.mjs';

const x = (v) => (v == null ? '—' : `${v.toFixed(2)}×`);
const r2 = (a, b) => (a == null || b == null || b === 0 ? null : a / b);

/** The phone profile's figures beside the same ones on localhost, per model. */
function profiles(r) {
  const rows = [];
  for (const p of rowsOf(r.phone)) {
    const local = rowsOf(r.draw).find((d) => d.model === p.model);
    const pair = (a, b) => `${ms(a)} / ${ms(b)} = ${x(r2(a, b))}`;
    rows.push({
      model: p.model,
      phoneDrawn: pair(p.app.drawn.median, p.baseline.drawn.median),
      phoneInteractive: pair(p.app.interactive.median, p.baseline.interactive.median),
      phoneAnswered: pair(p.app.answered.median, p.baseline.answered.median),
      localDrawn: local ? pair(local.app.drawn, local.baseline.drawn) : '—',
      localInteractive: local ? pair(local.app.interactive, local.baseline.interactive) : '—',
    });
  }
  return rows;
}

/** One row per figure and model: what the app took, what the baseline took, and the ratio. */
function sideBySide(r) {
  const rows = [];
  const add = (figure, model, a, b, fmt = ms) =>
    rows.push({ figure, model, a: fmt(a), b: fmt(b), ratio: x(r2(a, b)) });
  for (const d of rowsOf(r.draw))
    add('navigation → diagram drawn', d.model, d.app.drawn, d.baseline.drawn);
  for (const d of rowsOf(r.draw))
    add('navigation → interactive', d.model, d.app.interactive, d.baseline.interactive);
  for (const c of rowsOf(r.click))
    add('click → next paint p75, first after load', c.model, c.app.first.p75, c.baseline.first.p75);
  for (const c of rowsOf(r.click))
    add('click → next paint p75, later clicks', c.model, c.app.later.p75, c.baseline.later.p75);
  for (const z of rowsOf(r.zoom)) add('zoom: longest frame', z.model, z.app.max, z.baseline.max);
  for (const z of rowsOf(r.zoom))
    add('zoom: frames > 33 ms, all zooms', z.model, z.app.over33, z.baseline.over33, String);
  for (const d of rowsOf(r.draw))
    add('JS heap after drawing', d.model, d.app.heap, d.baseline.heap, mb);
  const lh = r.lighthouse ?? {};
  if (lh.appMobile?.metrics && lh.baselineMobile?.metrics) {
    add(
      'Lighthouse mobile TBT',
      'bundled',
      lh.appMobile.metrics.tbt,
      lh.baselineMobile.metrics.tbt,
    );
    add(
      'Lighthouse mobile LCP',
      'bundled',
      lh.appMobile.metrics.lcp,
      lh.baselineMobile.metrics.lcp,
    );
  }
  return rows;
}

export function report(r) {
  const m = r.machine;
  console.log(
    `\n=== Clinician Well-Being Explorer benchmark, ${r.timestamp}\n` +
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.totalMemoryGB} GB; Node ${m.node}; Chromium ${m.chromium}. ` +
      `Viewport ${VIEWPORT.width}×${VIEWPORT.height}; gzip on the test server; A and B loaded in turn, ` +
      `${r.settings.rounds} rounds each, medians.`,
  );

  const b = r.bundle;
  if (b)
    printTable(
      'JavaScript of the first page (entry + static imports; gzip = zlib level 9)',
      [
        ['file', 'file'],
        ['raw', 'raw'],
        ['gzip', 'gzip'],
      ],
      [
        ...b.firstPage.files.map((f) => ({ file: f.file, raw: kb(f.raw), gzip: kb(f.gzip) })),
        { file: 'TOTAL first page', raw: kb(b.firstPage.raw), gzip: kb(b.firstPage.gzip) },
        {
          file: `lazy chunks (${b.lazy.files.length})`,
          raw: kb(b.lazy.raw),
          gzip: kb(b.lazy.gzip),
        },
      ],
    );

  if (r.room?.oneRoom)
    printTable(
      'Live room server (one process, SQLite): participants answer over 10 s; a presenter stream per room records snapshots',
      [
        ['case', 'case'],
        ['acknowledged', 'acknowledged'],
        ['lost', 'lost'],
        ['p50', 'answer → snapshot p50'],
        ['p95', 'p95'],
        ['max', 'max'],
        ['gap', 'shortest gap'],
        ['cpu', 'server CPU'],
        ['rss', 'server peak RSS'],
      ],
      ['oneRoom', 'twentyRooms'].map((name) => {
        const c = r.room[name];
        return {
          case: `${c.rooms} room(s) × ${c.participants / c.rooms}`,
          acknowledged: String(c.acknowledged),
          lost: String(c.lost),
          p50: ms(c.answerToSnapshot.p50),
          p95: ms(c.answerToSnapshot.p95),
          max: ms(c.answerToSnapshot.max),
          gap: ms(c.shortestGapMs),
          cpu: `${c.serverCpuPercent}% of a core`,
          rss: mb(c.serverPeakRss),
        };
      }),
    );

  printTable(
    'The app (A) against a plain-D3 radial diagram (B), same model, same run, interleaved; A/B < 1 means the app is faster',
    [
      ['figure', 'figure'],
      ['model', 'model'],
      ['a', 'A app'],
      ['b', 'B plain D3'],
      ['ratio', 'A/B'],
    ],
    sideBySide(r),
  );

  if (rowsOf(r.phone).length)
    printTable(
      'Both profiles: app / plain D3 = ratio. Phone on 4G: 150 ms round trips, 1.6 Mbps down, 750 kbps up, CPU 4× slower, cold cache, 390×844 touch; localhost: no throttling, 1280×800',
      [
        ['model', 'model'],
        ['phoneDrawn', 'phone: drawn'],
        ['phoneInteractive', 'phone: interactive'],
        ['phoneAnswered', 'phone: tap answered'],
        ['localDrawn', 'localhost: drawn'],
        ['localInteractive', 'localhost: interactive'],
      ],
      profiles(r),
    );

  const first = r.firstClicks;
  if (first?.samples)
    console.log(
      `\nFirst click after a fresh load, app, bundled model (${first.n} loads, domain and factor in turn): ` +
        `median ${ms(first.median)}, p95 ${ms(first.p95)}, max ${ms(first.max)}`,
    );
  for (const [factor, f] of Object.entries(r.factorPanels ?? {}))
    if (f?.card != null)
      console.log(
        `Phone on 4G, /factor/${factor} opened from a link: named at ${ms(f.named)}, first resource card at ${ms(f.card)}`,
      );
  const hover = r.evidence;
  if (hover?.bundled?.frames)
    console.log(
      `Evidence map hover, bundled: ${hover.bundled.over33} frames > 33 ms (max ${ms(hover.bundled.max)}); ` +
        `2,000 factors and 5,000 links: median ${ms(hover.model2000?.median)}, ${hover.model2000?.over33 ?? '—'} frames > 33 ms`,
    );
  if (r.present?.frames)
    console.log(
      `Presentation steps at 1024×768: ${r.present.over33} frames > 33 ms in ${r.present.transitions} steps (max ${ms(r.present.max)})`,
    );
  if (r.precache)
    console.log(`Service worker precache: ${r.precache.files} files, ${kb(r.precache.bytes)}`);

  const lh = r.lighthouse ?? {};
  const lhRows = [
    'appMobile',
    'appDesktop',
    'evidenceMobile',
    'presentMobile',
    'reflectMobile',
    'baselineMobile',
  ].map((name) => {
    const v = lh[name];
    if (!v?.scores)
      return {
        run: name,
        performance: `not run: ${(v?.error ?? lh.error ?? 'skipped').slice(0, 80)}`,
      };
    return {
      run: name,
      performance: v.scores.performance,
      accessibility: v.scores.accessibility,
      bp: v.scores['best-practices'],
      seo: v.scores.seo,
      fcp: ms(v.metrics.fcp),
      lcp: ms(v.metrics.lcp),
      tbt: ms(v.metrics.tbt),
      cls: v.metrics.cls,
    };
  });
  printTable(
    'Lighthouse (lighthouse 12, local Chromium): the app at /, /evidence, /present and /reflect, and the baseline on the same model',
    [
      ['run', 'run'],
      ['performance', 'perf'],
      ['accessibility', 'a11y'],
      ['bp', 'best-pr.'],
      ['seo', 'seo'],
      ['fcp', 'FCP'],
      ['lcp', 'LCP'],
      ['tbt', 'TBT'],
      ['cls', 'CLS'],
    ],
    lhRows,
  );

  printTable(
    'BUDGETS',
    [
      ['budget', 'budget'],
      ['limit', 'limit'],
      ['actual', 'actual'],
      ['result', 'result'],
    ],
    r.budgets,
  );
  const failed = r.budgets.filter((b) => b.result !== 'PASS');
  console.log(failed.length ? `\n${failed.length} budget(s) not met.` : '\nAll budgets met.');
  const errors = [...rowsOf(r.draw).flatMap((d) => [...d.app.errors, ...d.baseline.errors])];
  if (errors.length)
    console.log(`\nPage errors seen during the runs:\n  ${[...new Set(errors)].join('\n  ')}`);
}
