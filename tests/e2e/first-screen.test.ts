import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appReady, baseUrl, noBrowser, segment, serveTeamModel, useBrowser } from './browser';

/** Holds back the app proper (the chunk the entry starts once the page has painted). */
function holdApp(context: BrowserContext) {
  let release = () => {};
  const released = new Promise<void>((r) => (release = r));
  void context.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe.skipIf(noBrowser)('the first screen, drawn at build time', () => {
  const browserOf = useBrowser();

  it('shows the NAM diagram, named and labelled, before any script has run', async () => {
    const context = await browserOf().newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    expect(await segment(page, /^Society & Culture, External factors/).isVisible()).toBe(true);
    expect(await page.getByText('Clinician Well-Being').first().isVisible()).toBe(true);
    expect(await page.getByText('Need help now?').isVisible()).toBe(true);
    await context.close();
  });

  it('is adopted by the app, the same elements, and a click made before then is not lost', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    const release = holdApp(context);
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    const autonomy = segment(page, /^Autonomy, /);
    await autonomy.waitFor();
    await page.evaluate(() => {
      (
        document.querySelector('svg[data-factors]') as SVGSVGElement & { drawnAtBuild?: boolean }
      ).drawnAtBuild = true;
    });
    await autonomy.click();
    expect(new URL(page.url()).pathname).toBe('/');
    // `/` asks for no sketch code (its drawing came with the page), and for the app's at once.
    expect(await page.locator('link[rel=modulepreload][href*="/assets/linked-"]').count()).toBe(0);
    expect(await page.locator('link[rel=modulepreload][href*="/assets/app-"]').count()).toBe(1);
    release();
    await page.waitForURL('**/factor/autonomy');
    await page.getByRole('heading', { level: 2, name: 'Autonomy' }).waitFor();
    expect(
      await page.evaluate(
        () =>
          (
            document.querySelector('svg[data-factors]') as SVGSVGElement & {
              drawnAtBuild?: boolean;
            }
          ).drawnAtBuild,
      ),
    ).toBe(true);
    await context.close();
  });

  it('on a linked model of this site: sketched at once, never the NAM diagram, clicks kept', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    await serveTeamModel(context);
    // The model is held back at first, as a slow network would (the route added last is asked
    // first).
    let sendModel = () => {};
    const modelSent = new Promise<void>((r) => (sendModel = r));
    await context.route(
      (url) => url.pathname === '/team-model.json',
      async (route) => {
        await modelSent;
        await route.fallback();
      },
    );
    const release = holdApp(context);
    const page = await context.newPage();
    const modelRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/team-model.json') modelRequests.push(r.url());
    });
    await page.goto(`${baseUrl}/?model=/team-model.json`);
    // While the model is on its way: the page's frame says one is being opened, from where.
    await page.getByText('Opening the model and checking it…').waitFor();
    expect(await page.locator('.provenance').textContent()).toContain(
      `Not the NAM model. Opening a model from ${new URL(baseUrl).host}…`,
    );
    expect(await page.getByText('Society & Culture').count()).toBe(0);
    expect(await page.locator('svg[data-factors]').count()).toBe(0);
    sendModel();
    // Then the linked model, drawn by the sketch in the page's frame, with its notice.
    const sketch = page.locator('svg[data-sketch]');
    await sketch.waitFor();
    expect(await sketch.getAttribute('aria-label')).toBe('A small team-health model, loading');
    expect(await page.getByText(/Not the NAM model/).isVisible()).toBe(true);
    expect(await page.locator('.provenance').textContent()).toContain(
      '“A small team-health model”',
    );
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
      'A small team-health model',
    );
    expect(await page.locator('.labels').getByText('Teams', { exact: true }).isVisible()).toBe(
      true,
    );
    // The page asked for the sketch's code while it was being read (the build's inline script).
    expect(await page.locator('link[rel=modulepreload][href*="/assets/linked-"]').count()).toBe(1);
    // The build's NAM drawing is gone from the page, not just hidden.
    expect(await page.locator('svg[data-factors]').count()).toBe(0);
    expect(await page.getByText('Society & Culture').count()).toBe(0);
    expect(await page.getByText('Outcomes linked to clinician well-being').count()).toBe(0);
    // A click on the sketch waits for the app, then reaches what the app drew at that point.
    await page.locator('svg[data-sketch] [data-id="teams"] path').click();
    expect(new URL(page.url()).pathname).toBe('/');
    release();
    await appReady(page);
    await page.waitForURL('**/domain/teams?model=*');
    await page.getByRole('heading', { level: 2, name: 'Teams' }).waitFor();
    expect(await sketch.count()).toBe(0);
    expect(await segment(page, /^Society & Culture/).count()).toBe(0);
    expect(await page.getByText(/Not the NAM model/).isVisible()).toBe(true);
    // The model was requested once, by the page's entry: the sketch and the app both read that
    // one response.
    expect(modelRequests).toHaveLength(1);
    await context.close();
  });

  it('never shows before consent: a link to another site draws nothing until the app asks', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    const release = holdApp(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?model=${encodeURIComponent('https://example.org/model.json')}`);
    await page.locator('#root').waitFor({ state: 'attached' });
    await page.waitForLoadState('load');
    expect(await page.locator('#root').isVisible()).toBe(false);
    // The build's drawing is in the page, but out of it: not drawn, not in the accessibility tree.
    const drawing = page.locator('svg[data-factors]');
    expect(await drawing.count()).toBe(1);
    expect(await drawing.isVisible()).toBe(false);
    expect(await segment(page, /^Society & Culture/).count()).toBe(0);
    expect(await page.locator('svg[data-sketch]').count()).toBe(0);
    release();
    await appReady(page);
    await page.getByText('example.org', { exact: false }).first().waitFor();
    expect(await page.locator('svg[data-sketch]').count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(noBrowser)('the screens of their own, drawn at build time', () => {
  const browserOf = useBrowser();
  const screens = [
    { path: '/evidence', heading: 'Evidence map' },
    { path: '/present', heading: 'The whole model at a glance' },
    { path: '/reflect', heading: 'Reflect on what affects you' },
  ];

  it.each(screens)('$path shows itself, styled, before any script has run', async (screen) => {
    const context = await browserOf().newContext({
      viewport: { width: 412, height: 823 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(baseUrl + screen.path);
    const heading = page.getByRole('heading', { level: 1, name: screen.heading });
    expect(await heading.isVisible()).toBe(true);
    // Its own styles came with it: nothing is drawn against the page's left edge.
    expect((await heading.boundingBox())!.x).toBeGreaterThan(8);
    expect(await page.getByText('Need help now?').isVisible()).toBe(true);
    await context.close();
  });

  it.each(screens)(
    '$path is adopted by the app without a jump or a policy violation, and answers',
    async (screen) => {
      const context = await browserOf().newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
      });
      await page.addInitScript(() => {
        const w = window as unknown as { shifted: number };
        w.shifted = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
            w.shifted += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(baseUrl + screen.path);
      await appReady(page);
      // The app's own work after that: the screen's code adopting its part, the library, the
      // reflection opened from this device.
      await page.waitForTimeout(1500);
      // Nothing jumps: the layout shift is a tenth of what counts as good (0.1), at most.
      expect(
        await page.evaluate(() => (window as unknown as { shifted: number }).shifted),
      ).toBeLessThanOrEqual(0.01);
      expect(blocked).toEqual([]);
      expect(await page.getByRole('heading', { level: 1, name: screen.heading }).isVisible()).toBe(
        true,
      );
      // It answers: the crisis support opens.
      await page.getByText('Need help now?').click();
      await page.getByRole('region', { name: 'Crisis support' }).waitFor();
      await context.close();
    },
  );

  it('is ready only once the screen itself answers: a clicker key at once moves the talk on', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1024, height: 768 } });
    // The presentation's own code is held back, as a slow network would.
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    await context.route(/\/assets\/Present-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(baseUrl + '/present');
    await page.getByRole('heading', { level: 1, name: 'The whole model at a glance' }).waitFor();
    await page.waitForTimeout(1000);
    const ready = () => page.evaluate(() => performance.getEntriesByName('cwb:app-ready').length);
    expect(await ready()).toBe(0);
    release();
    await appReady(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL('**/present?step=2');
    await context.close();
  });

  it('with a query the build’s drawing may be wrong: hidden, the app draws the screen', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const shown: boolean[] = [];
    await page.exposeFunction('seen', (v: boolean) => shown.push(v));
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () =>
        (window as unknown as { seen: (v: boolean) => void }).seen(
          !document.documentElement.classList.contains('no-prerender'),
        ),
      ),
    );
    await page.goto(baseUrl + '/evidence?grade=strong');
    await appReady(page);
    expect(shown).toEqual([false]);
    expect(await page.locator('#ev-grade').inputValue()).toBe('strong');
    await context.close();
  });
});
