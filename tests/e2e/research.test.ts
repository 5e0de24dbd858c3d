import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateModel } from '../bench/generate-model.mjs';
import { axeViolations, baseUrl, noBrowser, open, segment, useBrowser } from './browser';
import { inspectPage } from './geometry';

const wide = { viewport: { width: 1440, height: 900 } };
/** The bundled model's links, which the map and its table show one for one. */
const links = (
  JSON.parse(readFileSync('data/model.json', 'utf8')) as { links: { outcome: string }[] }
).links;

describe.skipIf(noBrowser)('the research view in Chromium', () => {
  const browserOf = useBrowser();

  it('the evidence map lights an outcome’s factors, and its table sorts and filters', async () => {
    const page = await open(browserOf(), '/evidence', wide);
    await page.locator('.evidence-links path.evidence-link').first().waitFor();
    const all = await page.locator('.evidence-link').count();
    expect(all).toBe(links.length);
    expect(await axeViolations(page)).toEqual([]);
    // Hovering a factor lights only its links.
    await segment(page, /^Work schedules, Learning\/Practice Environment/).hover();
    await page.waitForFunction(
      (total) => document.querySelectorAll('.evidence-link.is-lit').length < total,
      links.length,
    );
    const lit = await page
      .locator('.evidence-link.is-lit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-link')));
    expect(lit.length).toBeGreaterThan(0);
    expect(lit.every((l) => l?.startsWith('work-schedules→'))).toBe(true);
    await page.mouse.move(5, 880);
    // Selecting an outcome lights it, dims the factors it is not linked to, and lists its evidence.
    await page.getByRole('button', { name: /^Depression/ }).click();
    await page.waitForURL(/outcome=depression/);
    await page.getByRole('heading', { level: 2, name: 'Depression' }).waitFor();
    expect(await page.locator('.evidence-link.is-lit').count()).toBe(
      links.filter((l) => l.outcome === 'depression').length,
    );
    expect(await page.locator('.segment.is-dimmed').count()).toBeGreaterThan(50);
    // Filters live in the URL.
    await page.getByLabel('Evidence grade').selectOption('strong');
    await page.waitForURL(/grade=strong/);
    // The table: one switch away, sortable, filterable.
    await page.getByRole('button', { name: 'Table' }).click();
    await page.waitForURL(/view=table/);
    await page.getByLabel('Evidence grade').selectOption('');
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(links.length);
    await table.getByRole('button', { name: /^Factor/ }).click();
    const sorted = await table.locator('tbody th').allInnerTexts();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
    expect(
      await table.getByRole('columnheader', { name: /Factor/ }).getAttribute('aria-sort'),
    ).toBe('ascending');
    await table.getByRole('button', { name: /^Factor/ }).click();
    expect(
      await table.getByRole('columnheader', { name: /Factor/ }).getAttribute('aria-sort'),
    ).toBe('descending');
    await page.getByLabel('Find a factor, domain or outcome').fill('burnout');
    await page.getByText(/^\d+ links?$/).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(
      links.filter((l) => l.outcome === 'burnout').length,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('a model of thousands of links: painted on canvases, and lit by pointing', async () => {
    const model = JSON.stringify(generateModel(2000, 7, { linkCount: 5000 }));
    const context = await browserOf().newContext(wide);
    await context.route(
      (url) => url.pathname === '/large-evidence.json',
      (route) => route.fulfill({ contentType: 'application/json', body: model }),
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl}/evidence?model=/large-evidence.json`);
    const resting = page.locator('canvas.evidence-links__canvas:not(.is-lit)');
    const lit = page.locator('canvas.evidence-links__canvas.is-lit');
    await resting.waitFor({ timeout: 30_000 });
    const count = Number(
      /(\d+) of (\d+) links/.exec(await page.locator('.evidence__count').innerText())?.[1],
    );
    expect(count).toBeGreaterThan(4000);
    expect(Number(await resting.getAttribute('data-links-drawn'))).toBe(count);
    // No link is an element of its own; the resting canvas is painted and the lit one empty.
    expect(await page.locator('path.evidence-link').count()).toBe(0);
    const inked = (c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    };
    expect(await resting.evaluate(inked)).toBeGreaterThan(1000);
    expect(await lit.evaluate(inked)).toBe(0);
    // Pointing at a domain paints its links on the lit canvas, and fades the resting one.
    await page.locator('.ring--domains g[role=button]').first().hover();
    await expect.poll(() => lit.getAttribute('data-links-lit').then(Number)).toBeGreaterThan(0);
    expect(await lit.evaluate(inked)).toBeGreaterThan(100);
    expect(await resting.evaluate((c) => getComputedStyle(c).opacity)).toBe('0.22');
    expect(await page.evaluate(inspectPage)).toEqual([]);
    // Pointing away clears it.
    await page.mouse.move(2, 2);
    await expect.poll(() => lit.getAttribute('data-links-lit').then(Number)).toBe(0);
    expect(await lit.evaluate(inked)).toBe(0);
    await context.close();
  });

  it('cites a factor’s resources: copy AMA, and download BibTeX, RIS and CSL-JSON', async () => {
    const context = await browserOf().newContext({
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/factor/work-schedules`);
    await page.getByRole('button', { name: /^Cite these \d+ resources$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite: Work schedules' });
    await dialog.waitFor();
    const text = await dialog.getByRole('textbox').inputValue();
    expect(text).toMatch(/^1\.\s+\S+ [A-Z]+/);
    await dialog.getByRole('button', { name: 'Copy AMA references' }).click();
    await dialog.getByText('AMA references copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await dialog.getByRole('radio', { name: 'APA' }).check();
    expect(await dialog.getByRole('textbox').inputValue()).toMatch(/\(\d{4}\)\./);
    expect(await axeViolations(page)).toEqual([]);
    for (const [button, pattern] of [
      ['BibTeX', /^@\w+\{/m],
      ['RIS', /^TY {2}- /m],
      ['CSL-JSON', /"type": "article-journal"/],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^work-schedules-references\.(bib|ris|json)$/);
      expect(readFileSync((await download.path())!, 'utf8')).toMatch(pattern);
    }
    await context.close();
  });

  it('a model file dropped on the page opens, with the banner, and navigates', async () => {
    const page = await open(browserOf(), '/');
    await segment(page, /^Society & Culture, External factors/).waitFor();
    // The drop zone is its own small chunk, loaded just after the first paint.
    await page.waitForLoadState('networkidle');
    const text = readFileSync('data/examples/team-well-being.json', 'utf8');
    const data = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'ward.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
    await page.getByText('Drop a model file (JSON) to open it').waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer: data });
    const banner = page.getByRole('region', { name: 'Whose model this is' });
    await banner.getByText('the file ward.json on this device').waitFor();
    await segment(page, /^Leadership, Around the team/).click();
    await segment(page, /^Leaders who listen, Leadership/).click();
    await page.getByRole('heading', { level: 2, name: 'Leaders who listen' }).waitFor();
    // Its evidence is its own library's.
    await page
      .getByText(/Interventions to prevent and reduce physician burnout/)
      .first()
      .waitFor();
    await page.context().close();
  });

  it('compares the NAM model with an example, as lists and on two diagrams', async () => {
    const page = await open(browserOf(), '/compare', wide);
    await page.getByRole('button', { name: 'or with the example ward-team model' }).click();
    await page.getByRole('heading', { name: /^\+ Added \(\d+\)$/ }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'added' }).innerText()).toMatch(
      /24 added, 74 removed, 0 renamed, 0 moved/,
    );
    expect(await page.locator('.compare-layer > g').count()).toBeGreaterThan(90);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
