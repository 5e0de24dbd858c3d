/* global console */
// The app against the plain-D3 baseline (tests/bench/baseline/), loaded in turn (A, B, A, B…) in
// the same run, so a busy machine slows both alike and the ratio A/B stays meaningful.
import { join } from 'node:path';
import { build } from 'vite';

/** Builds the baseline page into `outDir`, served by the bench at /__baseline/. */
export async function buildBaseline(here, outDir) {
  await build({
    configFile: false,
    root: join(here, 'baseline'),
    base: '/__baseline/',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/**
 * Navigation → diagram drawn for the app and the baseline, interleaved, on each model. `loadOnce`
 * is the bench's own single-load measure (fresh context, time to the cwb:diagram-drawn mark).
 */
export async function measureVersus(models, rounds, loadOnce) {
  const out = [];
  for (const m of models) {
    const app = [];
    const baseline = [];
    for (let i = 0; i < rounds; i++) {
      const a = await loadOnce(m.appPath, m.factors);
      if (a.drawn != null) app.push(a.drawn);
      const b = await loadOnce(`/__baseline/?model=${encodeURIComponent(m.modelUrl)}`, m.factors);
      if (b.drawn != null) baseline.push(b.drawn);
    }
    const A = median(app);
    const B = median(baseline);
    out.push({
      model: m.label,
      app: A,
      baseline: B,
      ratio: A && B ? Math.round((A / B) * 100) / 100 : null,
      rounds,
    });
  }
  return out;
}

/** Prints the app-versus-baseline table. */
export function printVersus(rows) {
  if (!rows?.length) return;
  console.log(
    '\nNavigation → diagram drawn, the app (A) against plain D3 (B), interleaved, medians',
  );
  console.log('model                A (app)    B (D3)   A/B');
  for (const r of rows)
    console.log(
      `${r.model.padEnd(20)} ${String(Math.round(r.app ?? NaN)).padStart(7)} ms ${String(Math.round(r.baseline ?? NaN)).padStart(6)} ms  ${r.ratio ?? '—'}×`,
    );
}
