/* global document, performance, requestAnimationFrame, setTimeout */
// A factor opened from a link, on the phone profile (./phone.mjs): when its panel names it, and
// when its first resource card is painted. The app alone (the baseline has no panel); the figure
// the factor's own slice of the library is for (scripts/resourceSlices.ts, docs/performance.md).
import { LOAD_TIMEOUT_MS } from '../config.mjs';
import { log, median, round, withTimeout } from '../util.mjs';
import { newPhonePage } from './phone.mjs';

/**
 * In the page: when `selector` (with `text`, if given) is first on screen, in ms since navigation
 * (the frame after). The build's drawing of `/` is in the page, hidden, with its own panel: the
 * factor's panel is the one that names it.
 */
function whenShown([selector, limit, text]) {
  return new Promise((resolve) => {
    const check = () => {
      const el = [...document.querySelectorAll(selector)].find(
        (e) => text == null || e.textContent === text,
      );
      if (el) requestAnimationFrame(() => resolve(performance.now()));
      else if (performance.now() > limit) resolve(null);
      else setTimeout(check, 10);
    };
    check();
  });
}

/** `rounds` cold loads of each factor's address; medians of the panel's name and first card. */
export async function measureFactorPanels(browser, base, factors, rounds) {
  const out = {};
  for (const [factor, name] of factors) {
    const named = [];
    const card = [];
    for (let i = 0; i < rounds; i++) {
      const { context, page } = await newPhonePage(browser);
      try {
        await page.goto(`${base}/factor/${factor}`, {
          waitUntil: 'commit',
          timeout: LOAD_TIMEOUT_MS,
        });
        const limit = LOAD_TIMEOUT_MS - 5000;
        named.push(
          await withTimeout(
            page.evaluate(whenShown, ['.panel h2', limit, name]),
            LOAD_TIMEOUT_MS,
            factor,
          ),
        );
        card.push(
          await withTimeout(
            page.evaluate(whenShown, ['.resource', limit]),
            LOAD_TIMEOUT_MS,
            factor,
          ),
        );
      } finally {
        await context.close();
      }
    }
    out[factor] = {
      named: round(median(named)),
      card: round(median(card)),
      samples: { named, card },
    };
    log(
      `phone, /factor/${factor}: named ${out[factor].named} ms, first card ${out[factor].card} ms`,
    );
  }
  return out;
}
