import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { noBrowser, open, useBrowser } from './browser';

const OUT = 'tests/e2e/artifacts';
const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1024, height: 768 },
];

describe.skipIf(noBrowser)('screenshots at phone, laptop and projector sizes', () => {
  const browserOf = useBrowser();
  beforeAll(() => mkdirSync(OUT, { recursive: true }));

  it.each(SIZES)('$name ($width×$height)', async ({ name, width, height }) => {
    for (const [state, path] of [
      ['model', '/'],
      ['factor', '/factor/health-it-and-ehr'],
    ] as const) {
      const page = await open(browserOf(), path, {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      await page.waitForLoadState('networkidle');
      // The diagram fills the space it has and stays on screen.
      const box = await page.getByRole('application').boundingBox();
      expect(box && box.width).toBeGreaterThan(width < 700 ? 300 : 600);
      await page.screenshot({ path: `${OUT}/${name}-${state}.png` });
      await page.context().close();
    }
  });
});
