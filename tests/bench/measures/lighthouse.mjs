/* global fetch, AbortSignal */
// Lighthouse (the lighthouse package, on Debian's Chromium): scores and metrics for the app at `/`
// on mobile and desktop, and for the baseline on mobile, so TBT and LCP can be compared.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromiumPath, FLAGS } from '../browser.mjs';
import { freePort, log, round, sleep, withTimeout } from '../util.mjs';

const LIGHTHOUSE_TIMEOUT_MS = 150_000;

/**
 * Runs Lighthouse on each of `runs` ({ name, url, preset: 'mobile' | 'desktop' }) in one Chromium
 * of its own, started after the other measures have finished.
 */
export async function runLighthouse(runs) {
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const out = { error: null };
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
    for (const { name, url, preset } of runs) {
      const config = preset === 'desktop' ? desktopConfig : undefined;
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
          `Lighthouse (${name})`,
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
        out[name] = {
          preset,
          url,
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
          // The main thread's long tasks (what total blocking time is made of), longest first.
          longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
            .map((t) => ({ url: t.url, start: round(t.startTime), ms: round(t.duration) }))
            .sort((a, b) => b.ms - a.ms)
            .slice(0, 6),
          warnings: lhr.runWarnings ?? [],
          seconds: round((Date.now() - t) / 1000),
        };
        log(
          `Lighthouse ${name}: ${JSON.stringify(scores)}, TBT ${out[name].metrics.tbt} ms in ${out[name].seconds}s`,
        );
      } catch (error) {
        out[name] = { error: error.message };
        log(`Lighthouse ${name} failed: ${error.message}`);
      }
    }
  } catch (error) {
    out.error = error.message;
  } finally {
    child.kill('SIGTERM');
    await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // Chromium may still be writing its profile as it exits: tidying up retries, and a failure
    // to tidy never throws away the measurements taken.
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      log(`could not remove ${userDataDir}: ${error.message}`);
    }
  }
  return out;
}
