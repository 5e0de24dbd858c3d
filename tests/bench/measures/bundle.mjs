// First-page and lazy JavaScript: what the entry loads before it runs, and everything else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist } from '../config.mjs';

/** Raw and gzip (zlib level 9) sizes of the built JavaScript. */
export function bundleSizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assetDir = join(dist, 'assets');
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`))?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const entries = tags
    .filter((t) => t.startsWith('<script') && /type\s*=\s*["']module["']/.test(t) && attr(t, 'src'))
    .map((t) => attr(t, 'src'));
  const preloads = tags
    .filter((t) => t.startsWith('<link') && /rel\s*=\s*["']modulepreload["']/.test(t))
    .map((t) => attr(t, 'href'));
  if (!entries.length) throw new Error('no <script type="module" src> in dist/index.html');
  const toFile = (src) => join(dist, src.replace(/^\//, '').split(/[?#]/)[0]);

  // Everything the entry loads before it runs: its static imports, recursively (dynamic
  // import() calls are lazy and left out), plus any modulepreload link, plus the app proper
  // (src/start/run.tsx, which the entry imports and the page's inline script asks for early):
  // nothing answers a click without it, so all of that counts as first-page JavaScript.
  const first = new Set();
  const visit = (file, dynamicToo = false) => {
    if (first.has(file) || !existsSync(file)) return;
    first.add(file);
    const code = readFileSync(file, 'utf8');
    const staticImports = [
      ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g),
      ...code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g),
      ...(dynamicToo ? code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g) : []),
    ].map((m) => m[1]);
    for (const spec of staticImports)
      if (spec.startsWith('.') || spec.startsWith('/'))
        visit(spec.startsWith('/') ? toFile(spec) : resolve(dirname(file), spec));
  };
  for (const src of entries) visit(toFile(src));
  for (const href of preloads) visit(toFile(href));
  const app = readdirSync(assetDir).find((f) => /^app-[\w-]+\.js$/.test(f));
  if (!app) throw new Error('no assets/app-*.js (the app proper) in dist/');
  visit(join(assetDir, app));

  const sizeOf = (file) => {
    const raw = readFileSync(file);
    return {
      file: file.slice(dist.length + 1),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
    };
  };
  const firstFiles = [...first].map(sizeOf);
  const lazy = readdirSync(assetDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(assetDir, f))
    .filter((f) => !first.has(f))
    .map(sizeOf)
    .sort((a, b) => b.gzip - a.gzip);
  // Files only: the factors' slices of the library sit in a folder of their own.
  const other = readdirSync(assetDir, { withFileTypes: true })
    .filter((f) => f.isFile() && !f.name.endsWith('.js'))
    .map((f) => sizeOf(join(assetDir, f.name)));
  const sum = (xs, k) => xs.reduce((s, x) => s + x[k], 0);
  return {
    firstPage: { files: firstFiles, raw: sum(firstFiles, 'raw'), gzip: sum(firstFiles, 'gzip') },
    lazy: { files: lazy, raw: sum(lazy, 'raw'), gzip: sum(lazy, 'gzip') },
    otherAssets: other,
  };
}
