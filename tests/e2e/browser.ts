import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

export const chromiumPath = inject('chromiumPath');
export const baseUrl = inject('baseUrl');
/** The room server the build calls (a room journey starts it). */
export const roomServer = inject('roomServer');
/** Journeys run only where there is a browser; globalSetup fails CI without one. */
export const noBrowser = !chromiumPath;

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath ?? undefined, args: CHROMIUM_FLAGS });

/** What Chromium reported as blocked by the page's Content-Security-Policy, since the last test. */
const cspViolations: string[] = [];
const watchCsp = (page: Page) =>
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });

/** Takes what was recorded so far, for a test that provokes a violation on purpose. */
export const takeCspViolations = () => cspViolations.splice(0);

/**
 * One browser for a describe block: launched before its tests, closed after. Every page of every
 * context it opens is watched for Content-Security-Policy violations, and a test with any fails.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const launched = await launch();
    const newContext = launched.newContext.bind(launched);
    launched.newContext = async (options) => {
      const context = await newContext(options);
      context.on('page', watchCsp);
      return context;
    };
    browser = launched;
  });
  afterEach(() => {
    expect(cspViolations.splice(0), 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}

/**
 * Waits until the app has taken over the page: the build's drawing of `/` shows before it, but
 * answers only once the app is ready (clicks made earlier are replayed; keys are not).
 */
export const appReady = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('cwb:app-ready').length > 0);

/** A fresh page at a path of the built app, with the diagram (or page) drawn. */
export async function open(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = { viewport: { width: 1280, height: 800 } },
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(baseUrl + path);
  await page.locator('main').waitFor();
  await appReady(page);
  return page;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Runs axe-core (WCAG 2.0–2.2 A and AA, and best practices) and returns its violations. */
export async function axeViolations(page: Page) {
  // Evaluated through the debugging protocol, not added as an inline <script>: the page's
  // Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: { id: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/**
 * Answers `/team-model.json` with the small test model (tests/fixtures/small-model.json): a
 * person's own model on this site. The path alone is matched: a page's own address may end in
 * team-model.json too (in its query).
 */
export const serveTeamModel = (context: BrowserContext) =>
  context.route(
    (url) => url.pathname === '/team-model.json',
    (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: readFileSync('tests/fixtures/small-model.json', 'utf8'),
      }),
  );

/** The segment button with this accessible name. */
export const segment = (page: Page, name: string | RegExp) => page.getByRole('button', { name });
