import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/app/csp';
import { validateModel, validatePresentation, validateResourceLibrary } from './src/model/validate';

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
 * Lets the browser fetch the bundled model while the JavaScript downloads, instead of after it
 * runs: a preload link for the hashed model file. A plain tag, not a script, so the page needs no
 * inline script under its Content-Security-Policy. (With `?model=`, the bundled model is still the
 * one a person goes back to, so fetching it early is not wasted.)
 */
function preloadModel(): Plugin {
  return {
    name: 'preload-model',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find((chunk) =>
          /^assets\/model-[\w-]+\.json$/.test(chunk.fileName),
        );
        if (!asset) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: '/' + asset.fileName },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * Puts the Content-Security-Policy (src/app/csp.ts) at the top of the built index.html. Only in
 * the build: the dev server injects inline scripts and styles of its own for hot reload.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    validateBundledData(),
    preloadModel(),
    contentSecurityPolicyMeta(),
    // Offline and installable: a service worker precaches the app, the bundled model, its
    // resources and the presentation; the page registers it itself (src/features/offline) and
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
        // The resource library is the largest file the app needs offline (about 300 KB).
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // JSON data stays a separate file fetched at run time, never inlined into JavaScript.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: false },
});
