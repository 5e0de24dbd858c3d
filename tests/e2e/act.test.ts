import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { axeViolations, baseUrl, noBrowser, open, useBrowser } from './browser';

describe.skipIf(noBrowser)('acting on the evidence, in Chromium', () => {
  const browserOf = useBrowser();
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

  it('a factor’s priority area opens Act on it at that area, focused, and axe finds nothing', async () => {
    const page = await open(browserOf(), '/factor/health-it-and-ehr');
    const panel = page.getByRole('complementary', { name: /^Health IT interoperability/ });
    const todo = panel.getByRole('region', { name: 'What you can do' });
    await todo.getByRole('list', { name: 'For you', exact: true }).waitFor();
    expect(await todo.getByRole('list', { name: 'For your team or organisation' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await panel.getByRole('link', { name: 'Engage Effective Technology Tools' }).click();
    await page.waitForURL('**/act#technology-tools');
    await expect.poll(() => focusedId(page)).toBe('technology-tools');
    const area = page.getByRole('region', {
      name: 'Priority area 5: “Engage Effective Technology Tools”',
    });
    expect(await area.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('by keyboard: from the list of areas to an area, its resources, and the diagram faded to it', async () => {
    const page = await open(browserOf(), '/act');
    const toc = page.getByRole('navigation', { name: 'Priority areas' });
    await toc.getByRole('link').first().waitFor();
    expect(await toc.getByRole('link').count()).toBe(7);
    await toc.getByRole('link', { name: 'Support Mental Health and Reduce Stigma' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#mental-health-and-stigma');
    // Its practical resources open with Enter on the disclosure.
    const area = page.getByRole('region', { name: /^Priority area 3: / });
    const more = area.locator('summary').first();
    if (await more.count()) {
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await area.locator('details').first().getAttribute('open')).not.toBeNull();
    }
    await area.getByRole('link', { name: 'Show these factors on the diagram' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/?area=mental-health-and-stigma');
    const banner = page.getByRole('status').filter({ hasText: 'priority area “' });
    await expect.poll(() => banner.innerText()).toMatch(/\d+ of 67 factors serve this area/);
    // The diagram says which factors are faded, in words too.
    const faded = page.getByRole('button', { name: /, faded by the lens$/ });
    await expect.poll(() => faded.count()).toBeGreaterThan(30);
    expect(
      await page
        .getByRole('button', { name: /^Stigmatization of mental illness,/ })
        .getAttribute('aria-label'),
    ).not.toMatch(/faded by the lens/);
    await page.context().close();
  });
});

describe.skipIf(noBrowser)('a factor opened from a link, in Chromium', () => {
  const browserOf = useBrowser();

  it('shows its cards from its own slice, then fetches the library for the rest', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.json')) asked.push(path);
    });
    await page.goto(`${baseUrl}/factor/work-schedules`);
    const resources = page.getByRole('region', { name: 'Resources' });
    await resources.getByRole('article').first().waitFor();
    await expect.poll(() => asked.some((p) => /\/resources-[\w-]+\.json$/.test(p))).toBe(true);
    const slice = asked.findIndex((p) => /\/resources-[\w-]+\/work-schedules\.json$/.test(p));
    const library = asked.findIndex((p) => /\/resources-[\w-]+\.json$/.test(p));
    expect(slice).toBeGreaterThanOrEqual(0);
    expect(slice).toBeLessThan(library);
    // The offline copy leaves the slices out: the library serves there.
    const sw = readFileSync('node_modules/.cache/e2e-dist/sw.js', 'utf8');
    expect(sw).toMatch(/resources-[\w-]+\.json/);
    expect(sw).not.toMatch(/resources-[\w-]+\/work-schedules\.json/);
    await context.close();
  });
});
