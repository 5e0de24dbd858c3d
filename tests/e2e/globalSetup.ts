import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../chromium.mjs';
import { freePort } from '../server/roomProcess';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string | null;
    /** Where the build looks for its room server: the room journeys start one there. */
    roomServer: string;
  }
}

/**
 * Builds the production app and serves it with `vite preview` for the browser journeys. Without a
 * browser the journeys are skipped with a loud message, except in CI, where that is a failure.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath);
  project.provide('baseUrl', '');
  project.provide('roomServer', '');
  if (!chromiumPath) {
    const message =
      'No Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium). ' +
      'Install it with `apt-get install chromium` or set CHROMIUM_PATH.';
    if (process.env.CI === 'true') throw new Error(`${message} CI needs the browser tests.`);
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n!! BROWSER TESTS SKIPPED: ${message}\n${bar}\n`);
    return;
  }
  // A folder of its own, so a developer's dist/ (or a running benchmark) is never disturbed.
  const outDir = 'node_modules/.cache/e2e-dist';
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle and leave
  // out what only the production build has (the service worker): build exactly what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // The build names a room server of another origin, as a deployment may: its CSP must allow
  // exactly that origin, and the server's CORS exactly the app's.
  const roomServer = `http://127.0.0.1:${await freePort()}`;
  process.env.VITE_ROOM_SERVER = roomServer;
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    delete process.env.VITE_ROOM_SERVER;
  }
  project.provide('roomServer', roomServer);
  const server: PreviewServer = await preview({
    build: { outDir },
    preview: { port: 4273, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
