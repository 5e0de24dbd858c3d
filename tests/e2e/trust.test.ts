import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateModel } from '../bench/generate-model.mjs';
import {
  appReady,
  axeViolations,
  baseUrl,
  noBrowser,
  open,
  roomServer,
  segment,
  takeCspViolations,
  useBrowser,
} from './browser';

const small = JSON.parse(readFileSync('tests/fixtures/small-model.json', 'utf8')) as {
  title: string;
  centre: { label: string }[];
};
const HOSTILE_TITLE = 'URGENT NOTICE FROM THE NATIONAL ACADEMY OF MEDICINE: call 1-900-555-0100';
const hostile = JSON.stringify({
  ...small,
  title: HOSTILE_TITLE,
  centre: [{ ...small.centre[0], label: 'Call 1-900-555-0100 now' }],
});

/** Serves JSON at a path of this site (or a full address elsewhere), optionally after a delay. */
async function serve(context: BrowserContext, where: string, body: string, delayMs = 0) {
  await context.route(
    (url) => (where.startsWith('http') ? url.href === where : url.pathname === where),
    async (route) => {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      await route.fulfill({
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body,
      });
    },
  );
}

async function newPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  await page.locator('main').waitFor();
  await appReady(page);
  return page;
}

/**
 * Writes a file for an upload. Handing Chromium a path (not a buffer) keeps the test's own work
 * off the page: a buffer is rebuilt inside the page, on the thread being measured.
 */
function fileOnDisk(name: string, content: string | Buffer) {
  const path = join(mkdtempSync(join(tmpdir(), 'cwb-upload-')), name);
  writeFileSync(path, content);
  return path;
}

/** Starts recording the longest gap between timer ticks: how long the page went unanswering. */
const startResponsivenessProbe = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { maxGap: number };
    w.maxGap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.maxGap = Math.max(w.maxGap, now - last);
      last = now;
    }, 10);
  });
const longestGap = (page: Page) =>
  page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);

describe.skipIf(noBrowser)('a model that is not the app’s own', () => {
  const browserOf = useBrowser();
  const context = () => browserOf().newContext({ viewport: { width: 1280, height: 800 } });

  it('from this site: a banner on every screen names it, and About describes it', async () => {
    const ctx = await context();
    await serve(ctx, '/team-model.json', hostile);
    const page = await newPage(ctx, '/?model=/team-model.json');
    const banner = page.getByRole('region', { name: 'Whose model this is' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(
      new RegExp(
        `^Not the NAM model\\. You are viewing “${HOSTILE_TITLE}”, opened from \\S+\\. It is not the National Academy of Medicine’s model`,
      ),
    );
    // The full address shows on hover and on keyboard focus.
    const address = page.getByRole('tooltip');
    expect(await address.isVisible()).toBe(false);
    await banner.locator('.provenance__origin').hover();
    expect(await address.innerText()).toBe(`${baseUrl}/team-model.json`);
    await page.mouse.move(5, 700);
    expect(await address.isVisible()).toBe(false);
    await banner.locator('.provenance__origin').focus();
    expect(await address.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await address.isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    // A factor's panel: still the banner, and the footer names the model, not the NAM.
    await segment(page, 'Sleep, Rest, factor 1 of 2').click();
    await page.getByRole('heading', { level: 2, name: 'Sleep' }).waitFor();
    expect(await banner.isVisible()).toBe(true);
    const footer = await page.locator('.panel__footer').innerText();
    expect(footer).toContain('not the NAM model');
    expect(footer).not.toContain('Based on the National Academy');

    // About describes the model on show, with no NAM attribution for it.
    await page.getByRole('link', { name: 'About' }).click();
    await page.getByRole('heading', { name: 'The model on show: not the NAM model' }).waitFor();
    expect(await banner.isVisible()).toBe(true);
    const about = await page.locator('article.about').innerText();
    expect(about).toContain(HOSTILE_TITLE);
    expect(about).not.toContain('Brigham T');
    expect(await page.getByRole('link', { name: /doi:10\.31478/ }).count()).toBe(0);
    // The app's crisis support is its own, whatever the model says.
    await page.getByText('Need help now?').click();
    const crisis = page.getByRole('region', { name: 'Crisis support' });
    expect(await crisis.innerText()).toMatch(/call or text 988/);
    expect(await crisis.innerText()).not.toMatch(/1-900/);
    await page.getByText('Need help now?').click();

    // One action back to the NAM model.
    await banner.getByRole('button', { name: 'Back to the NAM model' }).click();
    await segment(page, /^Society & Culture, External factors/).waitFor();
    expect(new URL(page.url()).searchParams.has('model')).toBe(false);
    expect(await banner.count()).toBe(0);
    await ctx.close();
  });

  it('from another site: nothing is fetched or shown until the person agrees', async () => {
    const ctx = await context();
    const remote = 'https://models.example.org/team.json';
    await serve(ctx, remote, hostile);
    const requested: string[] = [];
    ctx.on('request', (r) => requested.push(r.url()));
    const page = await newPage(ctx, `/?model=${encodeURIComponent(remote)}`);
    const consent = page.getByRole('heading', {
      level: 1,
      name: 'Open a model from models.example.org?',
    });
    await consent.waitFor();
    expect(await page.getByText('It is not checked by this app.').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consent-title');
    expect(requested.filter((u) => u.startsWith('https://models.example.org'))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open the model from models.example.org' }).click();
    const banner = page.getByRole('region', { name: 'Whose model this is' });
    await banner.waitFor();
    expect(await banner.innerText()).toContain('opened from models.example.org');
    await segment(page, 'Sleep, Rest, factor 1 of 2').waitFor();

    // Saying no shows the NAM model and drops the link's model from the address.
    const second = await newPage(
      ctx,
      `/?model=${encodeURIComponent(remote.replace('team', 'other'))}`,
    );
    await second.getByRole('button', { name: 'No, show the NAM model' }).click();
    await segment(second, /^Society & Culture, External factors/).waitFor();
    expect(new URL(second.url()).searchParams.has('model')).toBe(false);
    await ctx.close();
  });

  it('a data: link is refused with a reason, and the NAM model stays', async () => {
    const page = await open(
      browserOf(),
      `/?model=${encodeURIComponent(`data:application/json,${hostile}`)}`,
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /“data:” addresses cannot open a model\. Only https:\/\/ addresses, or addresses on this site, can\./,
    );
    await segment(page, /^Society & Culture, External factors/).waitFor();
    expect(await page.getByRole('region', { name: 'Whose model this is' }).count()).toBe(0);
    expect(await page.getByText(HOSTILE_TITLE).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('two quick changes of the link never leave the older model on show', async () => {
    const ctx = await context();
    await serve(ctx, '/slow.json', JSON.stringify({ ...small, title: 'Slow model' }), 1500);
    await serve(ctx, '/fast.json', JSON.stringify({ ...small, title: 'Fast model' }));
    const page = await newPage(ctx, '/?model=/slow.json');
    // A second link followed within the app, while the first is still loading.
    await page.evaluate(() => {
      history.pushState({}, '', '/?model=/fast.json');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    const banner = page.getByRole('region', { name: 'Whose model this is' });
    await banner.getByText('Fast model').waitFor();
    await page.waitForTimeout(2000);
    expect(await banner.innerText()).toContain('Fast model');
    expect(await page.getByText('Slow model').count()).toBe(0);
    await ctx.close();
  });
});

describe.skipIf(noBrowser)('bounded input', () => {
  const browserOf = useBrowser();

  it('a 30 MB file is refused, and the page answers within 200 ms throughout', async () => {
    const page = await open(browserOf(), '/about');
    await startResponsivenessProbe(page);
    await page
      .getByLabel('Or open a file from this device:')
      .setInputFiles(fileOnDisk('huge.json', Buffer.alloc(30 * 1024 * 1024, 0x20)));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /^Could not open “huge\.json”\. The file is 30 MB; a model may be at most 10 MB\./,
    );
    expect(await longestGap(page)).toBeLessThan(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a large valid model is checked off the page’s thread and drawn legibly', async () => {
    const big = generateModel(5000) as {
      domains: { id: string; label: string; factors: unknown[] }[];
    };
    const page = await open(browserOf(), '/about');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page
      .getByLabel('Or open a file from this device:')
      .setInputFiles(fileOnDisk('big.json', JSON.stringify(big)));
    const note = page.getByText('5,000 factors are too many to draw one by one.');
    await note.waitFor();
    expect(workers).toEqual([expect.stringMatching(/\/assets\/modelWorker-[\w-]+\.js$/)]);
    expect(await page.getByRole('region', { name: 'Whose model this is' }).innerText()).toContain(
      'the file big.json on this device',
    );
    // No factor drawn thinner than it can be seen; no label smaller than can be read.
    const drawn = await page.locator('.ring--factors .segment').count();
    expect(drawn).toBeLessThan(5000);
    const sizes = await page
      .locator('.labels text')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('font-size'))));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
    expect(await axeViolations(page)).toEqual([]);

    // The outline holds every name.
    await note.getByRole('button', { name: 'read them all in the outline' }).click();
    await page.getByRole('tree').waitFor();
    await page.getByRole('button', { name: 'Diagram' }).click();

    // A domain drawn as a band: Up from it zooms in and puts focus on its first factor.
    const first = big.domains[0]!;
    const firstFactor = (first.factors[0] as { id: string }).id;
    expect(await page.locator(`.ring--factors [data-focus-id="${firstFactor}"]`).count()).toBe(0);
    await page.locator(`[data-focus-id="${first.id}"]`).focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForURL(`**/domain/${first.id}`);
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-focus-id') === id,
      firstFactor,
    );
    // Once the zoom lands, the domain's factors are all drawn, and only they.
    await page.waitForFunction(
      (n) => document.querySelectorAll('.ring--factors .segment').length === n,
      first.factors.length,
    );
    await page.context().close();
  });
});

describe.skipIf(noBrowser)('search', () => {
  const browserOf = useBrowser();

  it('keeps every key typed straight after “/”, while the search engine is still loading', async () => {
    const ctx = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    // Hold back the engine's chunk, so the keys certainly arrive before it.
    await ctx.route(/\/assets\/searchIndex-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1200));
      await route.continue();
    });
    const page = await newPage(ctx, '/');
    await segment(page, /^Society & Culture, External factors/).waitFor();
    await page.keyboard.type('/sleep');
    const field = page.getByRole('combobox', { name: 'Factors, domains, outcomes and resources' });
    expect(await field.inputValue()).toBe('sleep');
    await page.getByRole('option', { name: /^Work schedules/ }).waitFor();
    await ctx.close();
  });
});

describe.skipIf(noBrowser)('the Content-Security-Policy', () => {
  const browserOf = useBrowser();

  it('is enforced, and a violation is caught by the journeys’ watch', async () => {
    const page = await open(browserOf(), '/');
    await segment(page, /^Society & Culture, External factors/).waitFor();
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return w.injected === true;
    });
    expect(ran).toBe(false);
    await page.waitForTimeout(100);
    expect(takeCspViolations().join('\n')).toMatch(/inline script/);
    await page.context().close();
  });

  it('is a strict meta tag in the built page, allowing its one inline script and stylesheet by hash', async () => {
    const html = await (await fetch(baseUrl + '/')).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toMatch(
      /^default-src 'self'; script-src 'self' 'sha256-[\w+/=]+'; style-src 'self' 'sha256-[\w+/=]+';.*object-src 'none'; base-uri 'none'/,
    );
    // The room server the build names (tests/e2e/globalSetup.ts), by its origin, and nothing wider.
    expect(policy).toContain(`connect-src 'self' https: ${roomServer};`);
    expect(roomServer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs]) => !/\bsrc=/.test(attrs ?? ''),
    );
    // The one inline script hides the build's drawing of `/` on other addresses; the policy
    // names exactly it, so no other inline script can run.
    expect(inline).toHaveLength(1);
    expect(policy).toContain(`script-src 'self' ${hash(inline[0]?.[2] ?? '')};`);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(styles).toHaveLength(1);
    expect(policy).toContain(`style-src 'self' ${hash(styles[0]?.[1] ?? '')};`);
  });
});
