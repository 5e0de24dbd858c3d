/* global process, console */
/**
 * `npm run shots`: builds the app, serves it, and saves a screenshot of every screen at every
 * size (tests/e2e/screens.ts) into shots/ (git-ignored), for a person to look at. The layout
 * journeys check the same screens by geometry; this is for the eye.
 *
 *   npm run shots                  every screen at every size
 *   npm run shots -- evidence      only screens whose name contains "evidence"
 */
import { mkdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from '../tests/chromium.mjs';
import { NARROWEST, openScreen, SCREENS, SIZES } from '../tests/e2e/screens';

const OUT = 'shots';
const only = process.argv[2];

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const outDir = 'node_modules/.cache/shots-dist';
process.env.NODE_ENV = 'production';
await build({ mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
const server = await preview({ build: { outDir }, preview: { port: 4373, strictPort: false } });
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!base) throw new Error('vite preview did not report a URL');

// A full run starts the folder afresh; a filtered one replaces only its own screenshots.
if (!only) rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
let saved = 0;
try {
  for (const screen of SCREENS.filter((s) => !only || s.name.includes(only))) {
    for (const size of [NARROWEST, ...SIZES]) {
      const page = await openScreen(browser, base, screen, size);
      await page.waitForLoadState('networkidle');
      const file = `${OUT}/${screen.name}--${size.name}.png`;
      await page.screenshot({ path: file });
      saved += 1;
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${saved} screenshots in ${OUT}/`);
