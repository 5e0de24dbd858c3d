import { describe, expect, it } from 'vitest';
import { axeViolations, noBrowser, open, useBrowser } from './browser';

describe.skipIf(noBrowser)('axe-core finds nothing', () => {
  const browserOf = useBrowser();

  it.each([
    ['the model', '/'],
    ['a domain', '/domain/organizational-factors'],
    ['a factor', '/factor/health-it-and-ehr'],
    ['an outcome', '/outcome/burnout'],
    ['a resource', '/resource/988-lifeline'],
    ['not found', '/factor/nope'],
    ['about', '/about'],
  ])('on %s (%s)', async (_, path) => {
    const page = await open(browserOf(), path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on the outline view and with crisis support open', async () => {
    const page = await open(browserOf(), '/factor/autonomy');
    await page.getByRole('button', { name: 'Outline' }).click();
    await page.getByRole('tree').waitFor();
    await page.getByText('Need help now?').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('on a phone, with the bottom sheet open', async () => {
    const page = await open(browserOf(), '/factor/empathy', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
    });
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
