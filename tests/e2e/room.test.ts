import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseUrl, noBrowser, open, roomServer, useBrowser } from './browser';
import { startRoomServer, stopRoomServer } from '../server/roomProcess';

const projector = { viewport: { width: 1024, height: 768 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const status = (page: Page) => page.locator('.room__status').innerText();
/** The presenter's table row for a factor: its label and counts, as read aloud. */
const row = (page: Page, label: string) =>
  page.getByRole('row', { name: new RegExp(`^${label}`) }).innerText();

type Marks = Record<string, 'Drains me' | 'Sustains me'>;

/** A participant marks these factors (the rest left at "Neither"), sends, and waits for the acknowledgement. */
async function mark(page: Page, marks: Marks, waitFor = 'Sent.') {
  for (const group of await page.locator('.join__factor').all()) {
    const name = (await group.locator('legend').innerText()).trim();
    await group.getByRole('radio', { name: marks[name] ?? 'Neither, or skip' }).check();
  }
  await page.getByRole('button', { name: /^(Send|Update) my answer$/ }).click();
  await page.locator('.join__status', { hasText: waitFor }).waitFor();
}

describe.skipIf(noBrowser)('a live room in Chromium', () => {
  const browserOf = useBrowser();
  let dataDir = '';
  let server: Awaited<ReturnType<typeof startRoomServer>>;
  const start = async () =>
    (server = await startRoomServer(roomServer, baseUrl, { ROOM_DATA_DIR: dataDir }));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cwb-room-'));
    await start();
  });
  afterAll(async () => {
    if (server) await stopRoomServer(server, 'SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a presenter and five phones: nothing shows until the fifth answer, changes follow, a restart loses nothing, and ending leaves nothing', async () => {
    const browser = browserOf();
    const presenter = await open(browser, '/present?step=3', projector);
    await presenter.getByRole('button', { name: 'Live room' }).click();
    await presenter.getByRole('button', { name: 'Start a live room' }).click();
    const code = (await presenter.locator('.room__code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    // The join address and code are on screen; the control key is in no link.
    const qr = await presenter.locator('.room__qr').getAttribute('aria-label');
    expect(qr).toBe(`QR code for ${new URL(baseUrl).host}/join/${code}`);
    const session = JSON.parse(
      (await presenter.evaluate(() => sessionStorage.getItem('cwb-live-room'))) ?? '{}',
    ) as { roomId: string; controlKey: string };
    expect(presenter.url()).not.toContain(session.controlKey);
    await presenter.locator('.room__status', { hasText: '0 have answered' }).waitFor();

    const phones = await Promise.all(
      Array.from({ length: 5 }, () => open(browser, `/join/${code}`, phone)),
    );
    for (const p of phones)
      await p.getByRole('heading', { level: 2, name: 'Society & Culture' }).waitFor();
    expect(
      await phones[0]!
        .getByText('For each factor, say whether it drains you or sustains you. Skip any.')
        .count(),
    ).toBe(1);

    // Four answer: the presenter hears how many, and sees no count.
    await mark(phones[0]!, {
      'Media portrayal': 'Drains me',
      'Culture of safety and transparency': 'Sustains me',
    });
    for (const p of phones.slice(1, 4)) await mark(p, { 'Media portrayal': 'Drains me' });
    await presenter.locator('.room__status', { hasText: '4 have answered' }).waitFor();
    expect(await status(presenter)).toBe('4 have answered. Their answers show once 5 have.');
    expect(await presenter.locator('[data-room-layer]').count()).toBe(0);
    expect(await presenter.getByText('The room’s answers as a table').count()).toBe(0);

    // The fifth answer: the layer arrives, its counts as shapes and numbers.
    await mark(phones[4]!, { 'Media portrayal': 'Drains me' });
    await presenter.locator('[data-room-layer]').waitFor();
    expect(await status(presenter)).toBe('5 have answered: their answers are on the diagram.');
    expect(await presenter.locator('[data-room-layer] text').allTextContents()).toEqual(
      expect.arrayContaining(['5', '1']),
    );
    // By keyboard: the offline notice may sit over the panel's foot for a moment.
    await presenter.getByText('The room’s answers as a table').focus();
    await presenter.keyboard.press('Enter');
    expect(await row(presenter, 'Media portrayal')).toMatch(/Media portrayal\s+5\s+0$/);

    // Nothing on either screen breaks the rules.
    expect(await axeViolations(presenter)).toEqual([]);
    expect(await axeViolations(phones[0]!)).toEqual([]);

    // One participant changes their answer: the counts follow.
    await mark(phones[0]!, {
      'Media portrayal': 'Sustains me',
      'Discrimination and overt and unconscious bias': 'Drains me',
    });
    await expect
      .poll(() => row(presenter, 'Media portrayal'), { timeout: 15_000 })
      .toMatch(/\s4\s+1$/);
    expect(await row(presenter, 'Discrimination and overt and unconscious bias')).toMatch(
      /\s1\s+0$/,
    );

    // The server stops hard mid-question. The presenter is told at once; a participant's change
    // waits on their phone, and goes when the server is back.
    await stopRoomServer(server, 'SIGKILL');
    await presenter.locator('.room__status', { hasText: 'cannot be reached' }).waitFor();
    await mark(
      phones[1]!,
      { 'Media portrayal': 'Drains me', 'Culture of safety and transparency': 'Sustains me' },
      'Trying again',
    );
    await start();
    await phones[1]!.locator('.join__status', { hasText: 'Sent.' }).waitFor({ timeout: 20_000 });
    await expect
      .poll(() => row(presenter, 'Culture of safety and transparency'), { timeout: 20_000 })
      .toMatch(/\s0\s+1$/);
    expect(await status(presenter)).toBe('5 have answered: their answers are on the diagram.');
    expect(await row(presenter, 'Media portrayal')).toMatch(/\s4\s+1$/);

    // Ending saves the CSV and the image, then nothing is left to read.
    const downloads: Download[] = [];
    presenter.on('download', (d) => downloads.push(d));
    await presenter.getByRole('button', { name: 'End the room…' }).click();
    await presenter.getByRole('button', { name: 'Save the results and end' }).click();
    await presenter.getByText('nothing of it is left on the server').waitFor();
    expect(downloads.map((d) => d.suggestedFilename())).toEqual([
      expect.stringMatching(/^live-room-\d{4}-\d\d-\d\d\.csv$/),
      expect.stringMatching(/^live-room-\d{4}-\d\d-\d\d\.svg$/),
    ]);
    const csv = readFileSync((await downloads[0]!.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'question,kind,answered,factor_id,factor,domain,drains,sustains,picked,note',
    );
    expect(csv).toContain(
      'Society & Culture,mark,5,media-portrayal,Media portrayal,Society & Culture,4,1,,',
    );
    const svg = readFileSync((await downloads[1]!.path())!, 'utf8');
    expect(svg).toContain('data-room-layer="true"');
    expect(svg).toContain('Based on the NAM conceptual model');
    const again = await fetch(`${roomServer}/api/rooms/${session.roomId}`, {
      headers: { authorization: `Bearer ${session.controlKey}` },
    });
    expect(again.status).toBe(404);
    expect((await fetch(`${roomServer}/api/join/${code}`)).status).toBe(404);
    await phones[2]!.getByRole('heading', { name: 'The room has ended' }).waitFor();
    expect(await presenter.evaluate(() => sessionStorage.getItem('cwb-live-room'))).toBeNull();
    // The server wrote down no address and no browser.
    expect(server.output.join('')).not.toMatch(/127\.0\.0\.1:\d+\/api|Mozilla|Chrome\//);
    for (const p of [presenter, ...phones]) await p.context().close();
  }, 180_000);

  it('a join page without a code asks for one, and a wrong code says so', async () => {
    const page = await open(browserOf(), '/join', phone);
    await page.getByRole('heading', { name: 'Join a live room' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Join code').fill('zz9 zz9');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'No room has that code' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/join/ZZ9ZZ9');
    await page.getByLabel('Join code').fill('hello');
    await page.getByRole('button', { name: 'Join' }).click();
    expect(await page.getByRole('alert').innerText()).toBe(
      'A join code has six letters and digits, such as KM4 7TX.',
    );
    await page.context().close();
  });
});
