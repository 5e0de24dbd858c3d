import { describe, expect, it } from 'vitest';
import { axeViolations, noBrowser, open, useBrowser } from './browser';

describe.skipIf(noBrowser)('evidence journeys in Chromium', () => {
  const browserOf = useBrowser();

  it('search “EHR”, choose the factor, and its resources are listed', async () => {
    const page = await open(browserOf(), '/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Factors, domains, outcomes and resources' });
    await box.fill('EHR');
    const option = page.getByRole('option', { name: /^Health IT interoperability/ });
    await option.waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /results?$/ })
        .innerText(),
    ).toMatch(/\d+ results?/);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/factor/health-it-and-ehr');
    const panel = page.getByRole('complementary', { name: /^Health IT interoperability/ });
    await expect.poll(() => panel.getByRole('article').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('filter by nurse: the URL and the diagram change', async () => {
    const page = await open(browserOf(), '/factor/work-schedules');
    await page.getByRole('region', { name: 'Resources' }).getByRole('article').first().waitFor();
    const fadedBefore = await page.locator('.ring--factors .segment.is-dimmed').count();
    await page.getByLabel('For', { exact: true }).selectOption('nurse');
    await page.waitForURL('**/factor/work-schedules?audience=nurse');
    await expect
      .poll(() => page.locator('.ring--factors .segment.is-dimmed').count())
      .toBeGreaterThan(fadedBefore);
    expect(await page.getByText(/^Lens: Nurses\./).isVisible()).toBe(true);
    // The lens goes with you to the whole model.
    await page.getByRole('link', { name: 'Model' }).click();
    await page.waitForURL((u) => u.pathname === '/' && u.search === '?audience=nurse');
    expect(await page.locator('.ring--factors .segment.is-dimmed').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('open an outcome and reach a supporting study', async () => {
    const page = await open(browserOf(), '/');
    await page.getByRole('link', { name: 'Burnout', exact: true }).click();
    await page.waitForURL('**/outcome/burnout');
    const factors = page.getByRole('region', { name: /^Factors linked to this outcome/ });
    await factors.waitFor();
    const study = factors
      .getByRole('listitem')
      .first()
      .locator('.evidence-links__sources a')
      .first();
    const title = await study.innerText();
    await study.click();
    await page.waitForURL('**/resource/**');
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Cite' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
