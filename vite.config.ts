import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { validateModel, validateResourceLibrary } from './src/model/validate';

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
    },
  };
}

/**
 * Lets the browser fetch the bundled model while the JavaScript downloads, instead of after it
 * runs: a tiny inline script in the built index.html adds a preload link for the hashed model
 * file, unless `?model=` names another model.
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
        // Only when no ?model= names another model: then the bundled one is not needed.
        const script =
          `if(!new URLSearchParams(location.search).has('model')){` +
          `const l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='';` +
          `l.href=${JSON.stringify('/' + asset.fileName)};document.head.appendChild(l)}`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), validateBundledData(), preloadModel()],
  build: {
    target: 'es2022',
    // JSON data stays a separate file fetched at run time, never inlined into JavaScript.
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: false },
});
