import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FAKE_CODE, fakeRoomServer } from './fakeRoom';

/**
 * The sizes and screens a person sees, shared by the layout journeys (tests/e2e/layout.test.ts)
 * and `npm run shots`, so what the tests check is what a person is asked to look at.
 */
export interface Size {
  name: string;
  width: number;
  height: number;
}

export const SIZES: Size[] = [
  { name: 'phone-360', width: 360, height: 740 },
  { name: 'phone-390', width: 390, height: 844 },
  { name: 'tablet-768', width: 768, height: 1024 },
  { name: 'projector-1024', width: 1024, height: 768 },
  { name: 'laptop-1280', width: 1280, height: 800 },
  { name: 'laptop-1440', width: 1440, height: 900 },
  { name: 'wide-1920', width: 1920, height: 1080 },
];

/** The narrowest screen the app promises to name everything on. */
export const NARROWEST: Size = { name: 'narrow-320', width: 320, height: 640 };

export interface Screen {
  name: string;
  path: string;
  /** Whether the screen draws the radial diagram (its domains and centre must be named). */
  diagram: boolean;
  /** Gets the page to the screen after `path` has loaded (clicks, stored data…). */
  prepare?: (page: Page) => Promise<void>;
  /** Sets the browser context up before the first load (e.g. a model served on this site). */
  setup?: (context: BrowserContext) => Promise<unknown>;
}

/** The example ward-team model, served as a person's own model on this site. */
const serveExampleModel = (context: BrowserContext) =>
  context.route(
    (url) => url.pathname === '/ward-model.json',
    (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: readFileSync('data/examples/team-well-being.json', 'utf8'),
      }),
  );

/**
 * Marks two factors in the reflection walk-through and opens its summary, so the summary and
 * the overlay have something to show.
 */
async function reflectOnTwo(page: Page) {
  const mark = (factor: string, feeling: RegExp) =>
    page
      .getByRole('radiogroup', { name: `How ${factor} affects you` })
      .getByRole('radio', { name: feeling })
      .check();
  await mark('Media portrayal', /Draining/);
  await mark('Culture of safety and transparency', /Sustaining/);
  await page.getByRole('link', { name: 'Summary so far' }).click();
}

/** Starts a live room from the presentation's bar (the room server is played by the context). */
async function startFakeRoom(page: Page) {
  // On a phone the bar's other controls are under More.
  const more = page.getByRole('button', { name: 'More' });
  if (await more.isVisible()) await more.click();
  await page.getByRole('button', { name: 'Live room' }).click();
  await page.getByRole('button', { name: 'Start a live room' }).click();
  await page.locator('[data-room-layer]').waitFor({ state: 'attached' });
}

export const SCREENS: Screen[] = [
  { name: 'explorer', path: '/', diagram: true },
  { name: 'domain', path: '/domain/organizational-factors', diagram: true },
  { name: 'factor', path: '/factor/health-it-and-ehr', diagram: true },
  { name: 'evidence', path: '/evidence', diagram: true },
  { name: 'evidence-table', path: '/evidence?view=table', diagram: false },
  { name: 'present', path: '/present', diagram: true },
  { name: 'present-domain', path: '/present?step=3', diagram: true },
  { name: 'notes', path: '/present/notes', diagram: false },
  {
    name: 'reflect',
    path: '/reflect',
    diagram: false,
    prepare: async (page) => {
      await page.getByRole('radiogroup', { name: 'How Media portrayal affects you' }).waitFor();
    },
  },
  {
    name: 'reflect-summary',
    path: '/reflect',
    diagram: false,
    prepare: async (page) => {
      await reflectOnTwo(page);
      await page.getByRole('region', { name: 'What drains you' }).waitFor();
    },
  },
  {
    name: 'reflect-overlay',
    path: '/reflect',
    diagram: true,
    prepare: async (page) => {
      await reflectOnTwo(page);
      await page.getByRole('button', { name: 'Show my reflection on the diagram' }).click();
      await page.locator('.reflection-layer > g').first().waitFor();
    },
  },
  {
    name: 'compare',
    path: '/compare',
    diagram: true,
    prepare: async (page) => {
      await page.getByRole('button', { name: /example ward-team model/ }).click();
      await page.locator('.compare__side').nth(1).locator('svg[role="application"]').waitFor();
    },
  },
  {
    name: 'present-room',
    path: '/present?step=3',
    diagram: true,
    setup: fakeRoomServer('domain'),
    prepare: startFakeRoom,
  },
  {
    name: 'present-room-overview',
    path: '/present',
    diagram: true,
    setup: fakeRoomServer('overview'),
    prepare: startFakeRoom,
  },
  { name: 'join', path: '/join', diagram: false },
  {
    name: 'join-question',
    path: `/join/${FAKE_CODE}`,
    diagram: false,
    setup: fakeRoomServer('domain'),
    prepare: async (page) => {
      await page.getByRole('group', { name: 'Media portrayal' }).waitFor();
    },
  },
  { name: 'about', path: '/about', diagram: false },
  { name: 'act', path: '/act', diagram: false },
  { name: 'explorer-area', path: '/?area=technology-tools', diagram: true },
  { name: 'handout', path: '/handout', diagram: true },
  { name: 'embed', path: '/?embed=1', diagram: true },
  {
    name: 'foreign-model',
    path: '/?model=/ward-model.json',
    diagram: true,
    setup: serveExampleModel,
  },
  {
    name: 'foreign-domain',
    path: '/domain/staffing-and-time?model=/ward-model.json',
    diagram: true,
    setup: serveExampleModel,
  },
];

/**
 * Opens a screen at a size, as a person would reach it, with motion reduced, and waits until it
 * is whole: the app answering, its heading there, the diagram labelled, the evidence map counted.
 */
export async function openScreen(browser: Browser, base: string, screen: Screen, size: Size) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    reducedMotion: 'reduce',
  });
  await screen.setup?.(context);
  const page = await context.newPage();
  await page.goto(base + screen.path);
  await page.locator('main').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('cwb:app-ready').length > 0);
  await screen.prepare?.(page);
  await page.locator('h1').first().waitFor({ state: 'attached' });
  if (screen.diagram) {
    await page.locator('.labels__item--centre').first().waitFor();
    // A drawing the build made scales to its box until the app draws it at the measured size (a
    // screen's own code may adopt it a moment after the app is ready).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('svg[role="application"]')].every(
        (svg) => svg.getAttribute('width') !== '100%',
      ),
    );
  }
  if (screen.name === 'evidence') await page.locator('.evidence__count').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}
