import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, noBrowser, useBrowser } from './browser';
import { inspectPage } from './geometry';
import { NARROWEST, openScreen as openAt, SCREENS, SIZES, type Screen, type Size } from './screens';

const openScreen = (browser: Browser, screen: Screen, size: Size) =>
  openAt(browser, baseUrl, screen, size);

/**
 * Every screen at every size, checked by geometry (tests/e2e/geometry.ts): named, whole, not
 * overlapping, not scrolling sideways; and the evidence map drawing what it says.
 */
describe.skipIf(noBrowser)('seen whole at every size', () => {
  const browserOf = useBrowser();

  it.each(SCREENS)('$name', async (screen) => {
    const found: string[] = [];
    for (const size of [NARROWEST, ...SIZES]) {
      const page = await openScreen(browserOf(), screen, size);
      const problems = await page.evaluate(inspectPage);
      found.push(...problems.map((p) => `${size.width}×${size.height}: ${p}`));
      if (screen.name === 'evidence' && size.width >= 1024) {
        // On a laptop or a projector, the links are always drawn.
        expect(await page.locator('.evidence-links__all [data-link]').count()).toBeGreaterThan(0);
      }
      await page.context().close();
    }
    expect(found).toEqual([]);
  });

  it('the checks find what they are for: a missing or stray label, small type, overlap, overflow', async () => {
    const page = await openScreen(browserOf(), SCREENS[0]!, SIZES[1]!);
    expect(await page.evaluate(inspectPage)).toEqual([]);
    await page.evaluate(() => {
      const label = (id: string) => document.querySelector(`[data-label-for="${id}"]`)!;
      label('society-and-culture').remove();
      label('personal-factors').setAttribute('transform', 'translate(60,40)');
      label('skills-and-abilities').querySelector('text')!.setAttribute('font-size', '6');
      const wide = document.createElement('p');
      wide.textContent = 'A line that will not wrap: '.repeat(8);
      wide.style.whiteSpace = 'nowrap';
      document.querySelector('main')!.prepend(wide);
    });
    const problems = (await page.evaluate(inspectPage)).join('\n');
    expect(problems).toMatch(/domain society-and-culture has no label/);
    expect(problems).toMatch(/the label of personal-factors .* leaves its segment/);
    expect(problems).toMatch(/overlaps/);
    expect(problems).toMatch(/\[skills-and-abilities\].* is 6\.0 px/);
    expect(problems).toMatch(/scrolls sideways/);
    expect(problems).toMatch(/is cut off at the screen's edge/);
    await page.context().close();

    const links = (JSON.parse(readFileSync('data/model.json', 'utf8')) as { links: unknown[] })
      .links.length;
    const map = await openScreen(
      browserOf(),
      SCREENS.find((s) => s.name === 'evidence')!,
      SIZES[4]!,
    );
    expect(await map.evaluate(inspectPage)).toEqual([]);
    await map.evaluate(() => document.querySelector('.evidence-links__all [data-link]')!.remove());
    expect(await map.evaluate(inspectPage)).toEqual([
      expect.stringMatching(
        new RegExp(`the evidence map says ${links} links and draws ${links - 1}`),
      ),
    ]);
    await map.context().close();
  });

  it('on a 1024 px projector the whole header is one row, crisis support included', async () => {
    const page = await openScreen(browserOf(), SCREENS[0]!, SIZES[3]!);
    const bar = await page.locator('.app-header').boundingBox();
    const crisis = await page.getByText('Need help now?').boundingBox();
    expect(bar!.height).toBeLessThanOrEqual(56);
    expect(crisis!.y + crisis!.height).toBeLessThanOrEqual(bar!.y + bar!.height);
    expect(crisis!.x + crisis!.width).toBeLessThanOrEqual(1024);
    await page.context().close();
  });

  it.each([NARROWEST, SIZES[0]!, SIZES[1]!])(
    'on a $width px phone the header is one row, and the rest is in a menu the keyboard works',
    async (size) => {
      const page = await openScreen(browserOf(), SCREENS[0]!, size);
      const header = page.locator('.app-header');
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
      expect(await page.getByText('Need help now?').isVisible()).toBe(true);
      const menu = page.getByRole('button', { name: 'Menu' });
      const evidence = page.getByRole('link', { name: 'Evidence' });
      expect(await evidence.isVisible()).toBe(false);
      // By keyboard: open, reach a link, close with Escape and land back on the button.
      await menu.focus();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await evidence.isVisible()).toBe(true);
      const focused = () => page.evaluate(() => document.activeElement?.textContent);
      expect(await focused()).toBe('Diagram');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Outline');
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await evidence.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe(
        'header-menu-button',
      );
      // A choice in it closes it.
      await menu.click();
      await evidence.click();
      await page.waitForURL('**/evidence');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await page.context().close();
    },
  );

  it.each(SCREENS)('$name: axe finds nothing on a phone or a laptop', async (screen) => {
    for (const size of [SIZES[1]!, SIZES[4]!]) {
      const page = await openScreen(browserOf(), screen, size);
      expect(await axeViolations(page), `${screen.name} at ${size.width}×${size.height}`).toEqual(
        [],
      );
      await page.context().close();
    }
  });
});
