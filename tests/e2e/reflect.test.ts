import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, noBrowser, useBrowser } from './browser';

const laptop = { viewport: { width: 1280, height: 800 } };
const group = (page: Page, name: string) => page.getByRole('radiogroup', { name });
async function mark(
  page: Page,
  factor: string,
  feeling: 'Draining' | 'Neutral' | 'Sustaining',
  strength?: string,
) {
  await group(page, `How ${factor} affects you`)
    .getByRole('radio', { name: new RegExp(feeling) })
    .check();
  if (strength)
    await group(page, `How much ${factor} ${feeling === 'Draining' ? 'drains' : 'sustains'} you`)
      .getByRole('radio', { name: strength })
      .check();
}
const checked = (page: Page, factor: string, feeling: string) =>
  group(page, `How ${factor} affects you`)
    .getByRole('radio', { name: new RegExp(feeling) })
    .isChecked();
/** What IndexedDB and localStorage hold for the reflection, read in the page. */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('cwb-reflection');
      r.onupgradeneeded = () => r.result.createObjectStore('records');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const r = db.transaction('records').objectStore('records').getAllKeys();
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return { keys: keys.map(String), local: JSON.stringify(localStorage) };
  });

describe.skipIf(noBrowser)('personal reflection in Chromium', () => {
  const browserOf = useBrowser();

  it('rates five factors; after a reload they and the overlay are there; nothing leaves the page', async () => {
    const context = await browserOf().newContext(laptop);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reflect`);
    await group(page, 'How Media portrayal affects you').waitFor();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await mark(page, 'Media portrayal', 'Draining', 'A great deal');
    await mark(page, 'Culture of safety and transparency', 'Sustaining', 'Quite a lot');
    await page.getByRole('button', { name: 'Next domain →' }).click();
    await mark(page, 'Documentation and reporting requirements', 'Draining', 'Quite a lot');
    await mark(page, 'Litigation risk', 'Neutral');
    await page
      .getByRole('textbox', { name: 'Private note on Litigation risk (optional)' })
      .fill('secret words');
    await page.getByRole('button', { name: 'Next domain →' }).click();
    await mark(page, 'Bureaucracy', 'Draining', 'A little');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    // Resumed exactly where it was left.
    await page.getByRole('heading', { level: 2, name: 'Organizational Factors' }).waitFor();
    expect(await checked(page, 'Bureaucracy', 'Draining')).toBe(true);
    await page.getByRole('button', { name: '← Previous domain' }).click();
    expect(await checked(page, 'Documentation and reporting requirements', 'Draining')).toBe(true);
    expect(
      await page
        .getByRole('textbox', { name: 'Private note on Litigation risk (optional)' })
        .inputValue(),
    ).toBe('secret words');
    await page.getByRole('link', { name: 'Summary so far' }).click();
    await page.getByRole('region', { name: 'What drains you' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show my reflection on the diagram' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('.reflection-layer > g').length === 4,
    );
    await page.getByRole('button', { name: 'Outline' }).click();
    await page.getByRole('treeitem', { name: /^Society & Culture/ }).click();
    await page.keyboard.press('ArrowRight');
    await page
      .getByRole('treeitem', { name: /Media portrayal.*drains you a great deal/ })
      .waitFor();
    // Every request was the app fetching its own files; none carried what was marked or written.
    const origin = new URL(baseUrl).origin;
    for (const r of requests) {
      expect(r).toMatch(/^GET /);
      expect(new URL(r.slice(4)).origin).toBe(origin);
      expect(r).not.toMatch(/secret|media-portrayal|draining/i);
    }
    expect(page.url()).not.toMatch(/draining|secret|reflect.*=/);
    await context.close();
  });

  it('two tabs edit at once and neither loses a change; each shows the other’s', async () => {
    const context = await browserOf().newContext(laptop);
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(`${baseUrl}/reflect`);
    await b.goto(`${baseUrl}/reflect`);
    await group(a, 'How Media portrayal affects you').waitFor();
    await group(b, 'How Media portrayal affects you').waitFor();
    await mark(a, 'Media portrayal', 'Draining', 'A great deal');
    await mark(b, 'Political and economic climates', 'Sustaining');
    // Each tab takes in the other's change without a reload.
    await b.waitForFunction(() =>
      [...document.querySelectorAll('input[name="feeling-media-portrayal"]')].some(
        (i) => (i as HTMLInputElement).checked && (i as HTMLInputElement).value === 'draining',
      ),
    );
    await a.waitForFunction(() =>
      [...document.querySelectorAll('input[name="feeling-political-and-economic-climates"]')].some(
        (i) => (i as HTMLInputElement).checked,
      ),
    );
    await a.reload();
    await group(a, 'How Media portrayal affects you').waitFor();
    expect(await checked(a, 'Media portrayal', 'Draining')).toBe(true);
    expect(await checked(a, 'Political and economic climates', 'Sustaining')).toBe(true);
    await context.close();
  });

  it('exports, deletes everything, and imports the file back to the same state', async () => {
    const context = await browserOf().newContext(laptop);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reflect`);
    await mark(page, 'Media portrayal', 'Draining', 'Quite a lot');
    await mark(page, 'Social determinants of health', 'Sustaining', 'A little');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    const file = (await download.path())!;
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'cwb-reflection',
      version: 1,
    });
    await page.getByRole('button', { name: 'Delete everything' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your reflection?' });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Everything is deleted.').waitFor();
    expect(await checked(page, 'Media portrayal', 'Draining')).toBe(false);
    expect((await stored(page)).keys).toEqual([]);
    await page.getByLabel('Open a saved file').setInputFiles(file);
    await page
      .getByText(/is imported\./)
      .first()
      .waitFor();
    expect(await checked(page, 'Media portrayal', 'Draining')).toBe(true);
    expect(await checked(page, 'Social determinants of health', 'Sustaining')).toBe(true);
    await page.reload();
    await group(page, 'How Media portrayal affects you').waitFor();
    expect(await checked(page, 'Media portrayal', 'Draining')).toBe(true);
    await context.close();
  });

  it('sets aside damaged stored data, says so, and keeps working', async () => {
    const context = await browserOf().newContext(laptop);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reflect`);
    await group(page, 'How Media portrayal affects you').waitFor();
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('cwb-reflection');
        r.onsuccess = () => resolve(r.result);
      });
      await new Promise((resolve) => {
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').put('{garbage', 'reflection');
        tx.oncomplete = resolve;
      });
      db.close();
    });
    await page.reload();
    await page.getByText(/Your saved reflection could not be read/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await mark(page, 'Media portrayal', 'Sustaining');
    await page.waitForFunction(async () => true);
    const keys = (await stored(page)).keys;
    expect(keys).toContain('reflection');
    expect(keys.some((k) => k.startsWith('reflection.unreadable.'))).toBe(true);
    await context.close();
  });

  it('“don’t keep anything” leaves nothing stored after the journey', async () => {
    const context = await browserOf().newContext(laptop);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reflect`);
    await mark(page, 'Media portrayal', 'Draining', 'A little');
    await page.getByRole('radio', { name: 'Don’t keep anything on this device' }).check();
    await page.getByRole('button', { name: 'Use this' }).click();
    await page.getByText(/Nothing is kept on this device now/).waitFor();
    await mark(page, 'Social determinants of health', 'Sustaining', 'A little');
    await page.getByRole('button', { name: 'Next domain →' }).click();
    await mark(page, 'Litigation risk', 'Draining', 'A great deal');
    const left = await stored(page);
    expect(left.keys).toEqual([]);
    expect(left.local).not.toMatch(/media|litigation|draining/i);
    await context.close();
  });

  it('a passphrase locks what is stored; a wrong one says so and destroys nothing', async () => {
    const context = await browserOf().newContext(laptop);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reflect`);
    await mark(page, 'Media portrayal', 'Draining', 'A great deal');
    await page.getByRole('radio', { name: /locked with a passphrase/ }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill('shared ward computer');
    await page.getByLabel('The same passphrase again').fill('shared ward computer');
    await page.getByRole('button', { name: 'Use this' }).click();
    await page.getByText(/now locked with your passphrase/).waitFor();
    const raw = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const r = indexedDB.open('cwb-reflection');
          r.onsuccess = () => {
            const get = r.result.transaction('records').objectStore('records').get('reflection');
            get.onsuccess = () => resolve(JSON.stringify(get.result));
          };
        }),
    );
    expect(raw).toContain('"encrypted":true');
    expect(raw).not.toContain('media-portrayal');
    await page.reload();
    await page.getByRole('heading', { name: 'Your reflection is locked' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Passphrase').fill('wrong guess');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: 'That passphrase does not open it' }).waitFor();
    await page.getByLabel('Passphrase').fill('shared ward computer');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await group(page, 'How Media portrayal affects you').waitFor();
    expect(await checked(page, 'Media portrayal', 'Draining')).toBe(true);
    await context.close();
  });
});
