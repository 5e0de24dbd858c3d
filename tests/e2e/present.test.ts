import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, noBrowser, open, useBrowser } from './browser';

const projector = { viewport: { width: 1024, height: 768 } };
const stepTitle = (page: Page) => page.locator('#present-step-title').innerText();
const counter = (page: Page) => page.locator('.present__count').innerText();

describe.skipIf(noBrowser)('workshop mode in Chromium', () => {
  const browserOf = useBrowser();

  it('a presenter moves by keyboard and clicker keys; the counter, spotlight and URL follow', async () => {
    const page = await open(browserOf(), '/present', projector);
    await page.getByRole('heading', { level: 1, name: 'The whole model at a glance' }).waitFor();
    expect(await counter(page)).toBe('Step 1 of 11');
    // Two arrows, a space and two Page Downs: what keyboards and clickers send.
    for (const key of ['ArrowRight', 'ArrowRight', 'Space', 'PageDown', 'PageDown'])
      await page.keyboard.press(key);
    await page.waitForURL('**/present?step=6');
    expect(await counter(page)).toBe('Step 6 of 11');
    expect(await stepTitle(page)).toBe('Learning/Practice Environment');
    // The step's domain is zoomed and lit; the rest of the diagram is dimmed, not hidden.
    await page.waitForFunction(() => document.querySelectorAll('.spotlight path').length > 0);
    // Once the zoom lands, only the domain and its 11 factors are drawn.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.ring--domains .segment').length === 1 &&
        document.querySelectorAll('.ring--factors .segment').length === 11 &&
        // Landed: the factor ring is buttons again, not the paths drawn while it moves.
        !document.querySelector('.ring--moving path'),
    );
    expect(await page.locator('.segment.is-dimmed').count()).toBe(0);
    await page.keyboard.press('PageUp');
    await page.waitForURL('**/present?step=5');
    await page.waitForFunction(
      () =>
        document.querySelector('.ring--domains .segment')?.getAttribute('data-focus-id') ===
          'organizational-factors' &&
        document.querySelectorAll('.ring--domains .segment').length === 1 &&
        !document.querySelector('.ring--moving path'),
    );
    expect(await page.locator('.segment.is-dimmed').count()).toBe(0);
    await page.keyboard.press('Home');
    await page.waitForURL('**/present?step=1');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/present?step=3');
    // The centre step dims every ring.
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL('**/present?step=2');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.segment.is-dimmed').length === n,
      7 + 67,
    );
    expect(await page.locator('.segment:not(.is-dimmed)').count()).toBe(0);
    // Reload and Back keep the place.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /The centre/ }).waitFor();
    await page.goBack();
    await page.waitForURL('**/present?step=3');
    expect(await stepTitle(page)).toBe('Society & Culture');
    // B blanks; Escape brings the screen back, then leaves for the explorer at the same place.
    await page.keyboard.press('b');
    expect(await page.getByRole('status', { name: 'Screen blanked' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('status', { name: 'Screen blanked' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForURL('**/domain/society-and-culture');
    await page.context().close();
  });

  it('the speaker view follows the presentation, drives it, and says when it is gone', async () => {
    const context = await browserOf().newContext(projector);
    const main = await context.newPage();
    await main.goto(`${baseUrl}/present`);
    await main.getByRole('heading', { level: 1, name: 'The whole model at a glance' }).waitFor();
    const notes = await context.newPage();
    await notes.goto(`${baseUrl}/present/notes`);
    await notes.getByText('Connected to the presentation window.').waitFor();
    await main.keyboard.press('ArrowRight');
    await notes.getByRole('heading', { name: /^Now: step 2 of 11/ }).waitFor();
    expect(await notes.getByRole('heading', { name: /^Next: Society & Culture/ }).isVisible()).toBe(
      true,
    );
    await notes.getByRole('button', { name: 'Next →' }).click();
    await main.waitForURL('**/present?step=3');
    expect(await stepTitle(main)).toBe('Society & Culture');
    expect(await axeViolations(notes)).toEqual([]);
    await main.close();
    await notes.getByText(/The presentation window is not open/).waitFor();
    await context.close();
  });

  it('a sequence from a link plays in order, with its title', async () => {
    const page = await open(
      browserOf(),
      '/present?seq=health-it-and-ehr,work-schedules,organizational-factors&title=EHR%20and%20time',
      projector,
    );
    await page.getByText('EHR and time').waitFor();
    const titles: string[] = [];
    for (let i = 0; i < 3; i++) {
      titles.push(await stepTitle(page));
      await page.keyboard.press('ArrowRight');
    }
    expect(titles).toEqual([
      'Health IT interoperability and usability/electronic health records',
      'Work schedules',
      'Organizational Factors',
    ]);
    expect(await counter(page)).toBe('Step 3 of 3');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('axe-core finds nothing on the presentation in high contrast, or on the QR screen', async () => {
    const page = await open(browserOf(), '/present?step=4', projector);
    await page.getByRole('button', { name: 'High contrast' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Share (QR)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor();
    // The QR code opens the explorer at this place, not the presenter's controls.
    expect(await dialog.getByRole('img').getAttribute('aria-label')).toMatch(
      /^QR code for [^ ]+\/domain\/rules-and-regulations$/,
    );
    const box = await dialog.getByRole('img').boundingBox();
    expect(box && box.width).toBeGreaterThan(400);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();
  });
});

describe.skipIf(noBrowser)('share, export, print and embed in Chromium', () => {
  const browserOf = useBrowser();

  it('exports the diagram as an SVG that stands alone and as PNGs of the right size', async () => {
    const page = await open(browserOf(), '/domain/personal-factors');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share, export or print' });
    const size = await page.evaluate(() => {
      const svg = document.querySelector('.diagram svg')!;
      return {
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
      };
    });
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe(
      'factors-affecting-clinician-well-being-and-resilience.svg',
    );
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).not.toMatch(/class=|style=|<link|@import|url\(|href="(https?:)?\/\//);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        width: doc.documentElement.getAttribute('width'),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.texts).toContain('Factors Affecting Clinician Well-Being and Resilience');
    expect(parsed.texts).toContain(
      'Based on the NAM conceptual model (Brigham et al. 2018). Not an NAM product.',
    );
    expect(parsed.texts).toContain('Personal Factors');
    expect(Number(parsed.width)).toBe(size.width);

    for (const scale of [1, 2]) {
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: `PNG ${scale}×` }).click(),
      ]);
      const bytes = readFileSync((await png.path())!);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      // The drawing's box may be a fraction of a pixel: the image is whole pixels.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([
        Math.round(size.width * scale),
        Math.round((size.height + 96) * scale),
      ]);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('prints the whole-model handout to PDF with the diagram and the resources, without navigation', async () => {
    const page = await open(browserOf(), '/handout');
    await page.getByRole('list', { name: 'Resources for Autonomy' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
      false,
    );
    expect(await page.locator('.handout__diagram svg').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'If you need help now' }).isVisible()).toBe(
      true,
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A page for the diagram and one at least for each of the seven domains.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('an embedded view renders in an iframe without the app header, keeping attribution and help', async () => {
    const page = await open(browserOf(), '/about');
    await page.setContent(
      `<!doctype html><title>LMS page</title><h1>Week 3</h1><iframe title="Explorer" src="${baseUrl}/factor/autonomy?embed=1" width="1000" height="700"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 2, name: 'Autonomy' }).waitFor();
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.locator('.embed-footer').innerText()).toMatch(/Not an NAM product/);
    expect(await frame.getByText('Need help now?').count()).toBeGreaterThan(0);
    const outside = frame.locator('.embed-footer a').first();
    expect(await outside.getAttribute('target')).toBe('_blank');
    expect(await outside.getAttribute('href')).not.toContain('embed=1');
    // Moving within the embed keeps it embedded.
    await frame
      .getByRole('link', { name: /^Learning\/Practice Environment$/ })
      .first()
      .click();
    await frame.getByRole('heading', { level: 2, name: 'Learning/Practice Environment' }).waitFor();
    expect(await frame.locator('.app-header').count()).toBe(0);
    await page.context().close();

    const direct = await open(browserOf(), '/factor/autonomy?embed=1');
    expect(await axeViolations(direct)).toEqual([]);
    await direct.context().close();
  });

  it('works offline after one visit: it loads and navigates with the network cut', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: /^Society & Culture, External factors/ }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByText('Ready to work offline.').waitFor();
    await context.setOffline(true);
    await page.goto(`${baseUrl}/factor/autonomy`);
    await page.getByRole('heading', { level: 2, name: 'Autonomy' }).waitFor();
    // The network is cut: a request the service worker does not answer fails.
    expect(
      await page.evaluate(() =>
        fetch(`/not-cached-${Date.now()}.txt`).then(
          () => 'reached',
          () => 'cut',
        ),
      ),
    ).toBe('cut');
    // Some Chromium releases (Debian's 150) cut the network for a page opened while offline but
    // leave its navigator.onLine true; saying it again to the page tells the page too.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByText('You are offline. Everything here still works.').waitFor();
    // Resources come from the cache too.
    await page.getByRole('heading', { name: 'Resources' }).waitFor();
    await page
      .getByRole('button', { name: /^Work schedules, Learning\/Practice Environment/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Work schedules' }).waitFor();
    await page.goto(`${baseUrl}/present?step=2`);
    await page.getByRole('heading', { level: 1, name: /The centre/ }).waitFor();
    await context.close();
  });
});
