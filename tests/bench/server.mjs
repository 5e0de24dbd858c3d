/* global URL */
// The bench's static server: dist/ (its screens' pages, and the app's SPA fallback), the generated models at
// /bench-models/ and the plain-D3 baseline at /__baseline/, gzip-compressed like a real host.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { baselineDir, dist, GZIP, modelsDir } from './config.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/** Starts the server on a free port; resolves with it and its base address. `root`: the app. */
export function startServer({ root = dist } = {}) {
  const cache = new Map(); // file → { mtimeMs, raw, gz }
  const read = (file) => {
    const { mtimeMs } = statSync(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit;
    const raw = readFileSync(file);
    const entry = { mtimeMs, raw, gz: null };
    cache.set(file, entry);
    return entry;
  };
  /** Maps a URL path to a file inside `base`, or null (never outside it). */
  const inside = (base, rel) => {
    const file = normalize(join(base, rel));
    if (file !== base && !file.startsWith(base + sep)) return null;
    return existsSync(file) && statSync(file).isFile() ? file : null;
  };
  const server = createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      let file = null;
      if (path.startsWith('/bench-models/'))
        file = inside(modelsDir, path.slice('/bench-models/'.length));
      else if (path.startsWith('/__baseline/'))
        file = inside(baselineDir, path.slice('/__baseline/'.length) || 'index.html');
      else {
        if (path.endsWith('/')) path += 'index.html';
        file = inside(root, path.slice(1));
        // A screen's own page (`/evidence` → evidence.html), as `vite preview` and static hosts
        // serve it.
        if (!file && !extname(path)) file = inside(root, `${path.slice(1)}.html`);
        // SPA fallback: unknown paths get the app, except for missing files with an extension
        // (a missing script or image is a 404, as on a real host).
        if (!file && (!extname(path) || (req.headers.accept ?? '').includes('text/html')))
          file = join(root, 'index.html');
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      const ext = extname(file).toLowerCase();
      const entry = read(file);
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': file.includes(`${sep}assets${sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        vary: 'accept-encoding',
      };
      let body = entry.raw;
      if (GZIP && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        entry.gz ??= gzipSync(entry.raw, { level: 6 });
        body = entry.gz;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}
