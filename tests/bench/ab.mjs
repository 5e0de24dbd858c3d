/* global process, console */
/**
 * Keep or drop (docs/performance.md): two builds of the app, A and B, loaded in turn under the
 * phone profile (measures/phone.mjs), cold, `n` times each, with the plain-D3 baseline between
 * them. Prints each figure's median and spread (min–max) per build, and B against A.
 *
 *   node tests/bench/ab.mjs <dist-A> <dist-B> [n=10] [target=bundled|70|700|5000]
 *
 * Build a variant with `npx vite build --outDir <dir>`; the generated models come from a
 * previous `npm run bench` (tests/bench/models/).
 */
import { launch } from './browser.mjs';
import { loadOnce } from './measures/phone.mjs';
import { targets as makeTargets } from './prepare.mjs';
import { generateModel } from './generate-model.mjs';
import { startServer } from './server.mjs';
import { median, round } from './util.mjs';

const [dirA, dirB, n = '10', which = 'bundled'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node tests/bench/ab.mjs <dist-A> <dist-B> [n] [target]');
  process.exit(2);
}
const generated = Object.fromEntries(
  [70, 700, 5000].map((k) => [k, { model: generateModel(k, 1) }]),
);
const t = makeTargets(generated).find((x) => x.label.startsWith(which));
const servers = await Promise.all([startServer({ root: dirA }), startServer({ root: dirB })]);
const browser = await launch();
const runs = { A: [], B: [], baseline: [] };
try {
  for (let i = 0; i < Number(n); i++)
    for (const [name, base, side] of [
      ['A', servers[0].base, t.app],
      ['baseline', servers[0].base, t.baseline],
      ['B', servers[1].base, t.app],
    ])
      runs[name].push(await loadOnce(browser, base, side, t, name !== 'baseline'));
} finally {
  await browser.close();
  for (const { server } of servers) server.close();
}
const figure = (list, key) => {
  const xs = list.map((r) => r[key]).filter((x) => x != null);
  const missed = list.length - xs.length;
  return `${round(median(xs), 0)} (${round(Math.min(...xs), 0)}–${round(Math.max(...xs), 0)})${missed ? ` ${missed} missed` : ''}`;
};
console.log(`\n${t.label}, ${n} cold loads each, phone profile: median (min–max) ms`);
for (const key of ['drawn', 'interactive', 'answered'])
  console.log(
    `${key.padEnd(12)} A ${figure(runs.A, key).padEnd(18)} B ${figure(runs.B, key).padEnd(18)} baseline ${figure(runs.baseline, key)}`,
  );
