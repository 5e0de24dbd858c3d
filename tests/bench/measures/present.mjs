// Workshop mode in the benchmark: frames during step-to-step transitions of a presentation at
// projector size, and what the service worker precaches for offline use.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { recordFrames } from '../frames.mjs';

const PROJECTOR = { width: 1024, height: 768 };
const RECORD_MS = 700;

/**
 * Steps through the bundled model's guided tour at 1024×768 (overview → centre → each domain →
 * outcomes and back), recording the frames of each transition: every step zooms and moves the
 * spotlight.
 */
export async function measurePresentSteps(browser, base, { stepCount = 11 } = {}) {
  const context = await browser.newContext({ viewport: PROJECTOR });
  const page = await context.newPage();
  const transitions = [];
  try {
    await page.goto(`${base}/present?step=1`, { waitUntil: 'load' });
    await page.locator('#present-step-title').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const keys = [
      ...Array(stepCount - 2).fill('ArrowRight'),
      ...Array(stepCount - 2).fill('ArrowLeft'),
    ];
    for (const key of keys) {
      const recording = page.evaluate(recordFrames, RECORD_MS);
      await page.keyboard.press(key);
      const frames = await recording;
      const deltas = frames.slice(1).map((t, i) => t - frames[i]);
      transitions.push({ key, frames: deltas.length, max: Math.max(...deltas), deltas });
      await page.waitForTimeout(150);
    }
  } finally {
    await context.close();
  }
  const deltas = transitions.flatMap((t) => t.deltas);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    viewport: PROJECTOR,
    transitions: transitions.length,
    frames: deltas.length,
    median: sorted[Math.floor(sorted.length / 2)] ?? null,
    max: sorted.at(-1) ?? null,
    over33: deltas.filter((d) => d > 33).length,
    perTransitionMax: transitions.map((t) => Math.round(t.max * 10) / 10),
  };
}

/** The service worker's precache: how many files and how many bytes a first visit stores. */
export function precacheSize(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const bytes = urls.reduce((sum, url) => {
    try {
      return sum + statSync(join(dist, url.replace(/^\//, ''))).size;
    } catch {
      return sum;
    }
  }, 0);
  return { files: urls.length, bytes };
}
