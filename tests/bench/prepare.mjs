/* global process, Buffer */
// What the bench measures: the production app (built into dist/), the plain-D3 baseline (built
// into out/baseline/), the generated models, and the targets that pair them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { baselineDir, dist, here, modelsDir, SIZES, SKIP_BUILD } from './config.mjs';
import { generateModel } from './generate-model.mjs';
import { log, round, run } from './util.mjs';

/** Builds the app as `npm run build` would (unless BENCH_SKIP_BUILD=1 and dist/ exists). */
export async function buildApp() {
  if (SKIP_BUILD && existsSync(join(dist, 'index.html'))) {
    log('reusing dist/');
    return null;
  }
  log('building the app (npx vite build)…');
  const t = Date.now();
  await run('npx', ['vite', 'build'], { env: { ...process.env, NODE_ENV: 'production' } });
  return round((Date.now() - t) / 1000);
}

/** Builds the baseline page, served by the bench at /__baseline/. */
export async function buildBaseline() {
  await build({
    configFile: false,
    root: join(here, 'baseline'),
    base: '/__baseline/',
    logLevel: 'warn',
    build: { outDir: baselineDir, emptyOutDir: true, target: 'es2022' },
  });
}

/** Writes the generated models to tests/bench/models/ and describes them. */
export function writeModels() {
  mkdirSync(modelsDir, { recursive: true });
  const out = {};
  for (const n of SIZES) {
    const model = generateModel(n, 1);
    const text = `${JSON.stringify(model, null, 2)}\n`;
    writeFileSync(join(modelsDir, `model-${n}.json`), text);
    out[n] = { model, bytes: Buffer.byteLength(text) };
  }
  return out;
}

/** The bundled model as built (its hashed file in dist/assets). */
export function bundledModel() {
  const file = readdirSync(join(dist, 'assets')).find((f) => /^model-[\w-]+\.json$/.test(f));
  if (!file) throw new Error('no assets/model-*.json in dist/');
  const model = JSON.parse(readFileSync(join(dist, 'assets', file), 'utf8'));
  return { model, url: `/assets/${file}` };
}

const factorCount = (model) => model.domains.reduce((n, d) => n + d.factors.length, 0);

/**
 * The app (A) and the baseline (B) on one model: their addresses, and the selectors of what a
 * person clicks (a domain to zoom in, the centre to zoom out, a factor).
 */
function target(label, model, appUrl, modelUrl) {
  return {
    label,
    factors: factorCount(model),
    domains: model.domains.map((d) => d.id),
    firstFactors: model.domains.map((d) => d.factors[0].id),
    app: {
      url: appUrl,
      domain: (id) => `.ring--domains g[role=button][data-focus-id="${id}"]`,
      factor: (id) => `.ring--factors g[role=button][data-focus-id="${id}"]`,
      centre: '.centre--button',
    },
    baseline: {
      url: `/__baseline/?model=${encodeURIComponent(modelUrl)}`,
      domain: (id) => `path[data-id="${id}"]`,
      centre: 'circle.centre',
    },
  };
}

/** Every model the side-by-side figures cover: the bundled one at `/`, then the generated ones. */
export function targets(generated) {
  const bundled = bundledModel();
  return [
    target('bundled', bundled.model, '/', bundled.url),
    ...SIZES.map((n) =>
      target(
        `${n} factors`,
        generated[n].model,
        `/?model=/bench-models/model-${n}.json`,
        `/bench-models/model-${n}.json`,
      ),
    ),
  ];
}
