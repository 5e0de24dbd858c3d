import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pagePlugins, startChunks } from './scripts/pages.ts';
import { resourceSlices } from './scripts/resourceSlices.ts';
import {
  validateModel,
  validatePresentation,
  validateResourceLibrary,
} from './src/model/validate.ts';

/**
 * Validates the bundled data when a build or dev server starts, so the browser never needs the
 * validator for it (imported models still get one, loaded on demand). A bad file stops the build
 * with every problem and its JSON path.
 */
function validateBundledData(): Plugin {
  const check = (
    file: string,
    validate: (json: unknown) => { ok: boolean; issues?: { path: string; message: string }[] },
  ) => {
    const result = validate(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.ok)
      throw new Error(
        `${file} is not valid:\n` +
          (result.issues ?? []).map((i) => `  ${i.path}: ${i.message}`).join('\n'),
      );
  };
  return {
    name: 'validate-bundled-data',
    buildStart() {
      check('data/model.json', validateModel);
      check('data/resources.json', validateResourceLibrary);
      check('data/presentation.json', validatePresentation);
    },
  };
}

/**
 * React Router's package points every import at its development build (warnings included); the
 * production build sits beside it. The app's production build uses that one.
 */
const routerProductionBuild = {
  'react-router/dom': fileURLToPath(
    new URL('node_modules/react-router/dist/production/dom-export.mjs', import.meta.url),
  ),
  'react-router': fileURLToPath(
    new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url),
  ),
};

/**
 * The room server on this machine (`npm start` runs it on 8787, or ROOM_PORT): the dev server and
 * `vite preview` pass `/api` on to it, so the app finds it at its own origin.
 */
const roomProxy = {
  '/api': { target: `http://127.0.0.1:${process.env.ROOM_PORT ?? 8787}`, changeOrigin: false },
};

export default defineConfig(({ mode }) => ({
  server: { proxy: roomProxy },
  resolve: {
    alias:
      mode === 'production'
        ? Object.entries(routerProductionBuild).map(([name, file]) => ({
            find: new RegExp(`^${name}$`),
            replacement: file,
          }))
        : [],
  },
  plugins: [
    react(),
    validateBundledData(),
    // Each factor's resources in a small file of its own (scripts/resourceSlices.ts).
    resourceSlices(),
    // The pages: the screens drawn at build time, the start chunks, the inline script and
    // styles, and the policy (scripts/pages.ts).
    ...pagePlugins(),
    // Offline and installable: a service worker precaches the app, the bundled model, its
    // resources and the screens' pages; the page registers it itself (src/features/offline) and
    // asks the person before an update takes over.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Clinician Well-Being Explorer',
        short_name: 'CWB Explorer',
        description:
          'An interactive, accessible explorer of the factors affecting clinician well-being and resilience, based on the NAM conceptual model.',
        theme_color: '#1f3a5f',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,txt}'],
        // The factors' slices of the library are for a first visit: offline, the library serves.
        globIgnores: ['assets/resources-*/*.json'],
        // The resource library is the largest file the app needs offline (about 630 KB).
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The room server's routes are never pages of the app.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // JSON asked for by address (`?url`: the model, the resources) stays a separate file,
    // never inlined into JavaScript.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: (['linked', 'drawing', 'app'] as const).map((name) => ({
            name,
            test: (id: string) => startChunks[name].has(id),
            includeDependenciesRecursively: false,
          })),
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false, proxy: roomProxy },
}));
