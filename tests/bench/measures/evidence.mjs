/* global document */
// The evidence map in the benchmark: frame times while hovering segments, which lights their
// links (the bundled model's factors; a 2,000-factor model's domains, whose factors are banded).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordFrames, summariseFrames } from '../frames.mjs';
import { generateModel } from '../generate-model.mjs';

const VIEWPORT = { width: 1440, height: 900 };

/** Writes the 2,000-factor, 5,000-link model the hover bench opens. */
export function writeEvidenceModel(modelsDir) {
  const file = join(modelsDir, 'evidence-2000.json');
  writeFileSync(file, JSON.stringify(generateModel(2000, 7, { linkCount: 5000 })));
  return '/bench-models/evidence-2000.json';
}

/** Hovers `count` segments of a ring in turn and reports the frames while it does. */
export async function measureEvidenceHover(browser, base, { path, ring, count = 30, label }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.locator('.evidence-links').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
    const points = await page.evaluate(
      ([selector, n]) => {
        const segs = [...document.querySelectorAll(`${selector} g[role=button]`)];
        const step = Math.max(1, Math.floor(segs.length / n));
        return segs
          .filter((_, i) => i % step === 0)
          .slice(0, n)
          .map((s) => {
            const b = s.querySelector('path').getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          });
      },
      [ring, count],
    );
    const recording = page.evaluate(recordFrames, points.length * 120 + 400);
    for (const p of points) {
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(120);
    }
    const frames = await recording;
    const { median, p95, max, over33, frames: frameCount } = summariseFrames(frames);
    return { label, hovers: points.length, frames: frameCount, median, p95, max, over33 };
  } finally {
    await context.close();
  }
}
