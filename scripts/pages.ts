// How the build writes the pages (used by vite.config.ts): the screens drawn into them at build
// time (src/prerender.tsx), the start of the page in three chunks worked out from the module
// graph, the one inline script (src/start/guard.ts) and the inline styles, and the
// Content-Security-Policy that allows exactly those.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Plugin, type Rollup } from 'vite';
import { contentSecurityPolicy, cspFor, CSP_DIRECTIVES } from '../src/start/csp.ts';
import { guardScript } from '../src/start/guard.ts';
import { HELD_CLICKS } from '../src/start/page.ts';

/** The bundled model's hashed file in the build, e.g. `/assets/model-1a2b.json`. */
function bundledModelFile(bundle: Rollup.OutputBundle): string {
  const asset = Object.values(bundle).find((chunk) =>
    /^assets\/model-[\w-]+\.json$/.test(chunk.fileName),
  );
  if (!asset) throw new Error('no assets/model-*.json in the build');
  return '/' + asset.fileName;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** The hashes of the inline script and stylesheet, for the policy (set during the build). */
const inlined = { styleHash: '', guardHash: '' };

/** What src/main.tsx imports for a linked model on this site: its frame, sketch and checks. */
const SKETCH_MODULES = ['src/start/frame.ts', 'src/start/sketch.ts', 'src/model/open.ts'];

/** The screens of their own, by address: the page asks for their code with the app's. */
const SCREEN_MODULES: Record<string, string> = {
  '/evidence': 'src/features/evidence/EvidenceMap.tsx',
  '/present': 'src/features/present/Present.tsx',
  '/reflect': 'src/features/reflect/Reflect.tsx',
};

type Chunk = Rollup.OutputChunk;
const chunksOf = (bundle: Rollup.OutputBundle) =>
  Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');

/** The chunks `roots` need, with everything they import, less the entry's (it is loaded anyway). */
function chunkClosure(bundle: Rollup.OutputBundle, roots: Chunk[]): string[] {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (c: Chunk | undefined) => {
    if (!c || c.isEntry || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    c.imports.forEach((f) => visit(byFile.get(f)));
  };
  roots.forEach(visit);
  return [...seen].map((f) => '/' + f);
}

/** The chunk that holds `module`. */
function chunkOf(bundle: Rollup.OutputBundle, module: string): Chunk {
  const chunk = chunksOf(bundle).find((c) => c.moduleIds.some((id) => id.endsWith(module)));
  if (!chunk) throw new Error(`no chunk for ${module}`);
  return chunk;
}

/**
 * The start of the page, in three chunks besides the entry, worked out from the module graph once
 * it is complete (`codeSplitting` in vite.config.ts), so no list of files is kept by hand:
 * - `app`: what the app needs to answer (src/start/run.tsx and all it imports statically);
 * - `linked`: what only a linked model's sketch needs (SKETCH_MODULES: its checks, zod);
 * - `drawing`: what both need (the layout, the drawing's colours), so the sketch never waits
 *   for the app's code.
 * What the entry imports stays with the entry, which runs before the others have come. Split by
 * importer they were fifteen files, and over HTTP/1.1 a browser opens six connections to a host:
 * the small ones queued behind the large, a round trip each.
 */
export const startChunks = {
  app: new Set<string>(),
  linked: new Set<string>(),
  drawing: new Set<string>(),
};
function findStartChunks(): Plugin {
  return {
    name: 'find-start-chunks',
    apply: 'build',
    buildEnd() {
      const closure = (ends: string[]) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(visit);
        };
        for (const end of ends) {
          const start = [...this.getModuleIds()].find((id) => id.endsWith(end));
          if (!start) throw new Error(`no module ${end}`);
          visit(start);
        }
        return seen;
      };
      const entry = closure(['src/main.tsx']);
      const app = closure(['src/start/run.tsx']);
      const sketch = closure(SKETCH_MODULES);
      for (const set of Object.values(startChunks)) set.clear();
      for (const id of app)
        if (!entry.has(id)) startChunks[sketch.has(id) ? 'drawing' : 'app'].add(id);
      for (const id of sketch) if (!entry.has(id) && !app.has(id)) startChunks.linked.add(id);
    },
  };
}

/**
 * Puts the page's stylesheet into index.html itself: the first paint then waits for no request
 * but the page. The policy allows exactly that stylesheet, by its hash.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The page's own stylesheet; a feature's comes with its chunk when it is first opened.
        const css = Object.values(ctx.bundle ?? {}).filter(
          (a) =>
            a.type === 'asset' &&
            a.fileName.endsWith('.css') &&
            html.includes(`href="/${a.fileName}"`),
        );
        if (css.length !== 1 || css[0]?.type !== 'asset')
          throw new Error(`expected one stylesheet linked from the page, found ${css.length}`);
        const text = String(css[0].source);
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${css[0].fileName}"[^>]*>`);
        if (!link.test(html)) throw new Error(`no link to ${css[0].fileName} in index.html`);
        inlined.styleHash = sha256(text);
        // The disabled link is never fetched; it tells Vite's loader, which adds a chunk's
        // stylesheet on a dynamic import unless the page links it already, that it is here.
        return html.replace(
          link,
          () =>
            `<style>${text}</style><link rel="stylesheet" href="/${css[0]?.fileName}" disabled>`,
        );
      },
    },
  };
}

/**
 * Draws the first screen (the bundled NAM model at `/`) into the built index.html, so the diagram
 * shows before any JavaScript runs (src/prerender.tsx renders it with React on Node; src/main.tsx
 * takes over). With it goes the one inline script, which hides the drawing on other addresses and
 * asks early for what the page will need (src/start/guard.ts).
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        // The inline script asks early for the app's code, and for a linked model's sketch or
        // the bundled model (src/start/guard.ts).
        const bundle = ctx.bundle;
        if (!bundle) throw new Error('no bundle to prerender');
        const app = chunkClosure(bundle, [chunkOf(bundle, 'src/start/run.tsx')]);
        const guard = guardScript({
          app,
          sketch: chunkClosure(
            bundle,
            SKETCH_MODULES.map((m) => chunkOf(bundle, m)),
          ),
          screens: Object.fromEntries(
            Object.entries(SCREEN_MODULES).map(([path, module]) => [
              path,
              chunkClosure(bundle, [chunkOf(bundle, module)]).filter((f) => !app.includes(f)),
            ]),
          ),
          model: bundledModelFile(bundle),
          held: HELD_CLICKS,
        });
        inlined.guardHash = sha256(guard);
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          // Its package's entry for Node is CommonJS, which has no named exports to import.
          ssr: { noExternal: ['workbox-window'] },
        });
        try {
          const { render } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            render: (model: unknown, location?: string) => Promise<string>;
          };
          const model = JSON.parse(readFileSync('data/model.json', 'utf8')) as unknown;
          const markup = await render(model);
          prerendered.home = markup;
          // One after another: they share the store.
          for (const path of Object.keys(SCREEN_MODULES))
            prerendered.screens[path] = await render(model, path);
          if (!html.includes('<div id="root"></div>'))
            throw new Error('index.html has no empty #root');
          const entry =
            /<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/;
          if (!entry.test(html)) throw new Error('index.html has no entry script');
          return {
            html: html
              .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
              // Says which screen the page holds (./src/start/guard.ts and src/main.tsx read it).
              .replace('<html lang="en">', '<html lang="en" data-prerendered="/">')
              // The entry runs as soon as it arrives, not once the whole page is parsed, so a
              // linked model is requested, and clicks are held, while the page is still read.
              .replace(entry, (tag) =>
                tag.replace('<script type="module"', '<script type="module" async'),
              ),
            tags: [{ tag: 'script', children: guard, injectTo: 'head-prepend' }],
          };
        } finally {
          await server.close();
        }
      },
    },
  };
}

/** The screens the build has drawn: `/` (into index.html) and SCREEN_MODULES' addresses. */
const prerendered = { home: '', screens: {} as Record<string, string> };

/**
 * Writes a page for each screen of its own (`/evidence` → evidence.html, as static hosts and
 * `vite preview` serve it), with that screen drawn in: the finished index.html (its policy, styles
 * and inline script) with the other drawing. The page's script asks for the screen's code at once
 * (src/start/guard.ts), and React adopts the drawing as it does at `/`.
 */
function writeScreenPages(): Plugin {
  return {
    name: 'write-screen-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const css = (file: string) => {
        const asset = bundle[file];
        if (asset?.type !== 'asset') throw new Error(`no ${file} in the build`);
        return String(asset.source);
      };
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string')
        throw new Error('no index.html to write the screens from');
      const home = `<div id="root">${prerendered.home}</div>`;
      if (!prerendered.home || !index.source.includes(home))
        throw new Error('index.html does not hold the drawing of `/`');
      // The policy's hash of the page's styles, as written in its meta tag's attribute.
      const inAttribute = (text: string) => text.replaceAll("'", '&#39;');
      const pageStyles = inAttribute(inlined.styleHash);
      if (!index.source.includes(pageStyles)) throw new Error('index.html has no policy');
      for (const [path, markup] of Object.entries(prerendered.screens)) {
        // The screen's own styles come inline too, or its drawing would show unstyled, then
        // jump when they came. Like the page's, each has a disabled link that tells Vite's
        // loader it is here, and a hash in the policy.
        const files = [
          ...new Set(
            chunkClosure(bundle, [chunkOf(bundle, SCREEN_MODULES[path]!)]).flatMap((f) => [
              ...(bundle[f.slice(1)] as Chunk).viteMetadata!.importedCss,
            ]),
          ),
        ];
        const text = files.map(css).join('\n');
        const styles =
          `<style>${text}</style>` +
          files.map((f) => `<link rel="stylesheet" href="/${f}" disabled>`).join('');
        this.emitFile({
          type: 'asset',
          fileName: `${path.slice(1)}.html`,
          source: index.source
            .replace(home, () => `<div id="root">${markup}</div>`)
            .replace('data-prerendered="/"', `data-prerendered="${path}"`)
            .replace(pageStyles, () => `${pageStyles} ${inAttribute(sha256(text))}`)
            .replace('</head>', () => `${styles}</head>`),
        });
      }
    },
  };
}

/**
 * Puts the Content-Security-Policy (src/start/csp.ts) at the top of the built index.html. Only in
 * the build: the dev server injects inline scripts and styles of its own for hot reload.
 */
function contentSecurityPolicyMeta(): Plugin {
  // The build's own variables (.env files included): the room server's origin, if it names one.
  let directives = CSP_DIRECTIVES;
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      directives = cspFor(config.env.VITE_ROOM_SERVER as string | undefined);
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy({
              ...directives,
              'script-src': `${CSP_DIRECTIVES['script-src']} ${inlined.guardHash}`,
              'style-src': `${CSP_DIRECTIVES['style-src']} ${inlined.styleHash}`,
            }),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The plugins that write the pages, in the order they must run. */
export const pagePlugins = (): Plugin[] => [
  prerenderFirstScreen(),
  findStartChunks(),
  inlineStylesheet(),
  contentSecurityPolicyMeta(),
  writeScreenPages(),
];
