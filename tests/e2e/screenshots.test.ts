import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, noBrowser, open, useBrowser } from './browser';

const OUT = 'tests/e2e/artifacts';
const SIZES = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1024, height: 768 },
  { name: 'tablet', width: 820, height: 1180 },
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
      expect(box && box.width).toBeGreaterThan(width < 700 ? 300 : width * 0.6);
      // Every control of the header is whole and on screen, crisis support above all.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.app-header > *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < 0 || r.right > innerWidth + 0.5 || el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => el.className || el.tagName),
      );
      expect(cut).toEqual([]);
      expect(await page.getByText('Need help now?').isVisible()).toBe(true);
      await page.screenshot({ path: `${OUT}/${name}-${state}.png` });
      await page.context().close();
    }
  });

  it.each(SIZES)('$name: the provenance banner and the consent screen', async (size) => {
    const context = await browserOf().newContext({
      viewport: { width: size.width, height: size.height },
      reducedMotion: 'reduce',
    });
    const model = readFileSync('tests/fixtures/small-model.json', 'utf8');
    await context.route(
      (url) => url.pathname === '/team-model.json' || url.host === 'models.example.org',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          headers: { 'access-control-allow-origin': '*' },
          body: model,
        }),
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl}/factor/sleep?model=/team-model.json`);
    const banner = page.getByRole('region', { name: 'Whose model this is' });
    await banner.waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sleep' }).waitFor();
    // The banner never hides the diagram entirely, even on a phone.
    const diagram = await page.getByRole('application').boundingBox();
    expect(diagram && diagram.height).toBeGreaterThan(200);
    await page.screenshot({ path: `${OUT}/${size.name}-banner.png` });
    await page.goto(`${baseUrl}/?model=${encodeURIComponent('https://models.example.org/m.json')}`);
    await page
      .getByRole('heading', { level: 1, name: 'Open a model from models.example.org?' })
      .waitFor();
    await page.screenshot({ path: `${OUT}/${size.name}-consent.png` });
    await context.close();
  });
});
