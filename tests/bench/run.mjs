/* global process, console, setTimeout, clearTimeout */
/**
 * The performance benchmark (npm run bench): the app against a plain-D3 radial diagram
 * (tests/bench/baseline/), measured in the same run, interleaved, in Debian's Chromium.
 *
 *   prepare.mjs            builds the app and the baseline, writes the generated models
 *   server.mjs             serves them (gzip, SPA fallback)
 *   browser.mjs            Chromium, the in-page probe, shared page helpers
 *   measures/draw.mjs      navigation → diagram drawn (and interactive, and JS heap)
 *   measures/phone.mjs     a phone on 4G: drawn, interactive, a tap made when drawn answered
 *   measures/factor.mjs    a phone on 4G: a factor opened from a link, named and its first card
 *   measures/click.mjs     click → next paint (Event Timing), first after load and later
 *   measures/zoom.mjs      frames during a zoom
 *   measures/bundle.mjs    first-page JavaScript
 *   measures/lighthouse.mjs, measures/evidence.mjs, measures/present.mjs
 *   measures/room.mjs      the live room's server: 1,000 participants in one room, then in 20
 *   budgets.mjs, report.mjs
 *
 * Prints every figure, the side-by-side table and the budgets, and writes results.json. A failed
 * budget still exits 0; a broken harness exits 1. Options (environment): BENCH_ROUNDS (A/B rounds
 * per figure, default 5), BENCH_ONLY=draw,click,zoom,evidence,present,room,lighthouse,
 * BENCH_SKIP_BUILD=1, BENCH_SKIP_LIGHTHOUSE=1, BENCH_NO_GZIP=1, CHROMIUM_PATH.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { launch, chromiumPath } from './browser.mjs';
import { checkBudgets } from './budgets.mjs';
import {
  dist,
  modelsDir,
  resultsFile,
  root,
  ROUNDS,
  SKIP_LIGHTHOUSE,
  WATCHDOG_MS,
  want,
} from './config.mjs';
import { bundleSizes } from './measures/bundle.mjs';
import { measureClicks, measureFirstClicks } from './measures/click.mjs';
import { measureDraw } from './measures/draw.mjs';
import { measurePhone } from './measures/phone.mjs';
import { measureEvidenceHover, writeEvidenceModel } from './measures/evidence.mjs';
import { measureFactorPanels } from './measures/factor.mjs';
import { runLighthouse } from './measures/lighthouse.mjs';
import { measurePresentSteps, precacheSize } from './measures/present.mjs';
import { measureRooms } from './measures/room.mjs';
import { measureZoom } from './measures/zoom.mjs';
import { buildApp, buildBaseline, targets as makeTargets, writeModels } from './prepare.mjs';
import { report } from './report.mjs';
import { startServer } from './server.mjs';
import { log, round } from './util.mjs';

async function main() {
  const results = {
    timestamp: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      totalMemoryGB: round(os.totalmem() / 1024 ** 3, 1),
      node: process.version,
      chromium: null,
      chromiumPath,
    },
    settings: { rounds: ROUNDS },
    harnessErrors: [],
  };
  const part = async (name, fn) => {
    if (!want(name)) return undefined;
    try {
      return await fn();
    } catch (error) {
      results.harnessErrors.push(`${name}: ${error.stack ?? error}`);
      log(`ERROR in ${name}: ${error.message}`);
      return { error: error.message };
    }
  };

  results.buildSeconds = await buildApp();
  await buildBaseline();
  results.bundle = bundleSizes();
  results.precache = precacheSize(dist);
  const targets = makeTargets(writeModels());
  const bundled = targets[0];
  const big = targets.find((t) => t.factors === 5000);

  // The room server first, on its own: no browser is running to share the machine with it.
  results.room = await part('room', () => measureRooms());

  const { server, base } = await startServer();
  log(`serving at ${base}`);
  let browser;
  try {
    browser = await launch();
    results.machine.chromium = browser.version();
    // Warm-up, not counted: the first pages of a new browser pay for its start-up.
    await part('draw', () => measureDraw(browser, base, [bundled], 1));

    results.draw = await part('draw', () => measureDraw(browser, base, targets, ROUNDS));
    results.phone = await part('phone', () => measurePhone(browser, base, targets, ROUNDS));
    results.factorPanels = await part('phone', () =>
      measureFactorPanels(
        browser,
        base,
        [
          ['work-schedules', 'Work schedules'],
          ['delegation', 'Delegation'],
        ],
        ROUNDS,
      ),
    );
    results.click = await part('click', () => measureClicks(browser, base, targets, ROUNDS));
    results.firstClicks = await part('click', () => measureFirstClicks(browser, base, bundled, 12));
    results.zoom = await part('zoom', () => measureZoom(browser, base, [bundled, big], 2));
    results.evidence = await part('evidence', async () => {
      const bigPath = writeEvidenceModel(modelsDir);
      return {
        bundled: await measureEvidenceHover(browser, base, {
          path: '/evidence',
          ring: '.ring--factors',
          label: 'bundled model, factors',
        }),
        model2000: await measureEvidenceHover(browser, base, {
          path: `/evidence?model=${bigPath}`,
          ring: '.ring--domains',
          label: '2,000 factors, 5,000 links, domains',
        }),
      };
    });
    results.present = await part('present', () => measurePresentSteps(browser, base));
    await browser.close();
    browser = undefined;
    if (!SKIP_LIGHTHOUSE)
      results.lighthouse = await part('lighthouse', () =>
        runLighthouse([
          { name: 'appMobile', url: `${base}/`, preset: 'mobile' },
          { name: 'baselineMobile', url: `${base}${bundled.baseline.url}`, preset: 'mobile' },
          { name: 'appDesktop', url: `${base}/`, preset: 'desktop' },
          // The other main screens, each with a page of its own (vite.config.ts).
          { name: 'evidenceMobile', url: `${base}/evidence`, preset: 'mobile' },
          { name: 'presentMobile', url: `${base}/present`, preset: 'mobile' },
          { name: 'reflectMobile', url: `${base}/reflect`, preset: 'mobile' },
        ]),
      );
  } finally {
    await browser?.close().catch(() => {});
    await new Promise((r) => server.close(r));
    server.closeAllConnections?.();
  }

  results.budgets = checkBudgets(results);
  report(results);
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`results written to ${resultsFile.slice(root.length + 1)}`);
  if (results.harnessErrors.length) {
    console.error('\nThe harness itself failed:\n' + results.harnessErrors.join('\n'));
    return 1;
  }
  return 0;
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
