import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, noBrowser, open, segment, serveTeamModel, useBrowser } from './browser';

describe.skipIf(noBrowser)('journeys in Chromium (production build)', () => {
  const browserOf = useBrowser();
  const path = (page: Page) => new URL(page.url()).pathname;

  it('a new user clicks a domain, then a factor, and sees its resources', async () => {
    const page = await open(browserOf(), '/');
    await segment(page, /^Learning\/Practice Environment, External factors/).click();
    await page.waitForURL('**/domain/learning-practice-environment');
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Breadcrumb' }).innerText())
      .toMatch(/Learning\/Practice Environment/);
    await segment(page, /^Health IT interoperability/).click();
    await page.waitForURL('**/factor/health-it-and-ehr');
    const panel = page.getByRole('complementary', { name: /^Health IT interoperability/ });
    await expect.poll(() => panel.getByRole('article').count()).toBeGreaterThanOrEqual(3);
    expect(await panel.getByRole('heading', { level: 3, name: 'Resources' }).isVisible()).toBe(
      true,
    );
    expect(await panel.getByText('Why it matters here:').first().isVisible()).toBe(true);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });

  it('the same by keyboard alone, with focus always visible and returned on close', async () => {
    const page = await open(browserOf(), '/');
    // Tab from the top of the page until the diagram has focus (past the header's controls).
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const inDiagram = await page.evaluate(() => document.activeElement?.closest('svg') !== null);
      if (inDiagram) break;
    }
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('Society & Culture, External factors, domain 1 of 7');
    expect(await page.locator('.focus-ring').count()).toBe(1);

    await page.keyboard.press('ArrowRight'); // Rules & Regulations
    await page.keyboard.press('Enter');
    await page.waitForURL('**/domain/rules-and-regulations');
    await page.keyboard.press('ArrowUp'); // its first factor
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(
      'Documentation and reporting requirements, Rules & Regulations, factor 2 of 9',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL('**/factor/documentation-requirements');
    const heading = page.getByRole('heading', {
      level: 2,
      name: 'Documentation and reporting requirements',
    });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByRole('article').count()).toBeGreaterThanOrEqual(3);

    await page.keyboard.press('Escape');
    await page.waitForURL('**/domain/rules-and-regulations');
    await expect
      .poll(focused)
      .toBe('Documentation and reporting requirements, Rules & Regulations, factor 2 of 9');
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => u.pathname === '/');
    await page.context().close();
  });

  it('a deep link opens straight into its state and survives a reload', async () => {
    const page = await open(browserOf(), '/factor/work-schedules');
    const heading = page.getByRole('heading', { level: 2, name: 'Work schedules' });
    await heading.waitFor();
    await page.reload();
    await heading.waitFor();
    expect(
      await segment(
        page,
        'Work schedules, Learning/Practice Environment, factor 11 of 11',
      ).getAttribute('aria-current'),
    ).toBe('true');
    // Zoomed: factors of other domains are not on show.
    expect(await segment(page, /^Media portrayal/).count()).toBe(0);
    await page.context().close();
  });

  it('Back and Forward walk through the states', async () => {
    const page = await open(browserOf(), '/');
    await segment(page, /^Personal Factors, Individual factors/).click();
    await page.waitForURL('**/domain/personal-factors');
    await segment(page, /^Family dynamics/).click();
    await page.waitForURL('**/factor/family-dynamics');
    await page.goBack();
    await page.waitForURL('**/domain/personal-factors');
    expect(
      await page.getByRole('heading', { level: 2, name: 'Personal Factors' }).isVisible(),
    ).toBe(true);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/');
    await page.goForward();
    await page.goForward();
    await page.waitForURL('**/factor/family-dynamics');
    await page.getByRole('heading', { level: 2, name: 'Family dynamics' }).waitFor();
    await page.context().close();
  });

  it('an unknown id shows a friendly not-found with the closest matches', async () => {
    const page = await open(browserOf(), '/factor/wrk-schedule');
    await page.getByRole('heading', { name: 'No factor called “wrk-schedule”' }).waitFor();
    await page.getByRole('link', { name: 'Work schedules' }).click();
    await page.waitForURL('**/factor/work-schedules');
    expect(path(page)).toBe('/factor/work-schedules');
    await page.context().close();
  });

  it('every label reads without zooming on a laptop and a projector', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1024, height: 768 },
    ]) {
      const page = await open(browserOf(), '/', { viewport });
      await page.locator('.ring--factors .segment').first().waitFor();
      // One label per segment, each at a readable size.
      const labels = await page.evaluate(() => {
        const sizes = (kind: string) =>
          [...document.querySelectorAll(`.labels__item--${kind} text`)].map((t) =>
            Number(t.getAttribute('font-size')),
          );
        return {
          factors: sizes('factor'),
          domains: sizes('domain'),
          factorItems: document.querySelectorAll('.labels__item--factor').length,
          segments: document.querySelectorAll('.ring--factors .segment').length,
        };
      });
      expect(labels.segments).toBe(67);
      expect(labels.factorItems).toBe(67);
      expect(Math.min(...labels.factors), JSON.stringify(viewport)).toBeGreaterThanOrEqual(10);
      expect(Math.min(...labels.domains)).toBeGreaterThanOrEqual(10);
      await page.context().close();
    }
  });

  it('animates the zoom, and zooms at once when the person prefers reduced motion', async () => {
    // Records how many factors are drawn after each change to the diagram while zooming.
    const countsDuringZoom = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await open(browserOf(), '/', {
        viewport: { width: 1280, height: 800 },
        reducedMotion,
      });
      await page.evaluate(() => {
        // Each change to the diagram: how many factor buttons and factor labels, and the shape of
        // the factor ring drawn while a zoom moves (one path per domain), if any.
        const seen: { buttons: number; labels: number; moving: string | null }[] = [];
        (window as unknown as { seen: typeof seen }).seen = seen;
        const observer = new MutationObserver(() =>
          seen.push({
            buttons: document.querySelectorAll('.ring--factors .segment').length,
            labels: document.querySelectorAll('.labels__item--factor').length,
            moving: document.querySelector('.ring--moving path')?.getAttribute('d') ?? null,
          }),
        );
        for (const svg of document.querySelectorAll('.diagram svg'))
          observer.observe(svg, { childList: true, subtree: true, attributes: true });
      });
      await segment(page, /^Skills & Abilities, Individual factors/).click();
      await page.waitForTimeout(900);
      const seen = await page.evaluate(
        () =>
          (
            window as unknown as {
              seen: { buttons: number; labels: number; moving: string | null }[];
            }
          ).seen,
      );
      await page.context().close();
      return {
        buttons: [...new Set(seen.map((s) => s.buttons))],
        shapes: new Set(seen.map((s) => s.moving).filter(Boolean)).size,
        // Factor labels on show while the ring was drawn as moving paths.
        labelsWhileMoving: Math.max(0, ...seen.filter((s) => s.moving).map((s) => s.labels)),
        landed: seen.at(-1),
      };
    };
    // Animated: the ring moves through many shapes, then the domain's 11 factors are buttons again.
    const animated = await countsDuringZoom('no-preference');
    expect(animated.shapes).toBeGreaterThan(5);
    // Labels sit the zoom out and return, for the 11 factors, where it lands.
    expect(animated.labelsWhileMoving).toBe(0);
    expect(animated.landed).toEqual({ buttons: 11, labels: 11, moving: null });
    // Reduced motion: no shape in between; the 67 buttons give way to the 11 at once.
    const instant = await countsDuringZoom('reduce');
    expect(instant.shapes).toBeLessThanOrEqual(1);
    expect(instant.buttons).toEqual([67, 11]);
    expect(instant.landed).toEqual({ buttons: 11, labels: 11, moving: null });
  });

  it('a bad model link says what went wrong and where, and the app keeps working', async () => {
    const page = await open(browserOf(), '/?model=/does-not-exist.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /^Could not open “http:\/\/[^”]+\/does-not-exist\.json”\. The server answered 404 Not Found\. The model you had stays on show\./,
    );
    await segment(page, /^Society & Culture, External factors/).click();
    await page.waitForURL('**/domain/society-and-culture**');
    await page.context().close();

    // A server that answers with a sign-in page instead of the file.
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    await context.route(
      (url) => url.pathname === '/shared/model.json',
      (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><h1>Sign in</h1>' }),
    );
    const login = await context.newPage();
    await login.goto(`${baseUrl}/?model=/shared/model.json`);
    await login.getByRole('alert').waitFor();
    expect(await login.getByRole('alert').innerText()).toMatch(
      /model\.json”\. The server sent a web page, not a model file\. The model you had stays on show\./,
    );
    await context.close();

    const invalid = await open(browserOf(), '/?model=/favicon.svg');
    await invalid.getByRole('alert').waitFor();
    expect(await invalid.getByRole('alert').innerText()).toMatch(
      /favicon\.svg.*The server sent an image, not a model file\./s,
    );
    await invalid.context().close();
  });

  it('corrupt local storage is reported, kept aside, and the app starts from defaults', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    // Corrupt the saved preferences before the app's first script runs.
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('cwb-explorer:preferences', '{oops');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(baseUrl + '/');
    const status = page.locator('.notices').getByRole('status');
    await status.waitFor();
    expect(await status.innerText()).toMatch(/saved preferences could not be read/);
    expect(
      await page.evaluate(() => localStorage.getItem('cwb-explorer:preferences.unreadable')),
    ).toBe('{oops');
    expect(await segment(page, /^Society & Culture, External factors/).isVisible()).toBe(true);
    await context.close();
  });

  it('a person’s own model in the same schema opens from a URL and works the same', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    await serveTeamModel(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/?model=/team-model.json`);
    await segment(page, 'Teams, Work, domain 1 of 3').click();
    await page.waitForURL('**/domain/teams?model=%2Fteam-model.json');
    await segment(page, 'Huddles, Teams, factor 2 of 5').click();
    await page.getByRole('heading', { level: 2, name: 'Huddles' }).waitFor();
    // The model stays across a reload because the URL names it.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Huddles' }).waitFor();
    await context.close();
  });
});
