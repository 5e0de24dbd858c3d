/**
 * The built page's one inline script, run while the page is still being read, before its first
 * paint. The build (scripts/pages.ts) writes this very function into each page, with the files it
 * names, and allows it by its hash in the page's Content-Security-Policy. So it must stand alone:
 * no imports, no helpers from outside it.
 *
 * The build draws a screen into the page (src/prerender.tsx): `/` into index.html, and each screen
 * of its own into a page of its own. At any other address that drawing is the wrong screen, so
 * this hides it (src/start/run.tsx clears it). And
 * it asks at once for what the page will need first, so the files download together while the
 * page is read instead of one after another once its scripts run:
 * - for a model linked by `/?model=`, the code of its sketch (src/start/sketch.ts), which draws it
 *   before the app has loaded; the app's code is asked for once the sketch is drawn
 *   (src/main.tsx): both at once, on a slow network, the sketch waited for the app's download;
 * - anywhere else, the bundled model and the app's code, and on a screen of its own (the evidence
 *   map, a presentation, reflection) that screen's code, which the app would otherwise ask for
 *   only once it had arrived and run.
 */
export interface GuardFiles {
  /** The chunks the app needs to answer (scripts/pages.ts). */
  app: readonly string[];
  /** The chunks of a linked model's sketch and its checks (scripts/pages.ts, SKETCH_MODULES). */
  sketch: readonly string[];
  /** The code of each screen of its own, by its address (scripts/pages.ts, SCREEN_MODULES). */
  screens: Readonly<Record<string, readonly string[]>>;
  /** The bundled model's hashed file, e.g. `/assets/model-1a2b.json`. */
  model: string;
  /** Where the page keeps the clicks it holds for the app (./page.ts, HELD_CLICKS). */
  held: string;
}

/** The clicks held for the app, and how to stop holding them. */
export interface HeldClicks {
  events: MouseEvent[];
  stop: () => void;
}

/**
 * Holds every click on the page, kept on `window[name]`, until the app can answer and replays
 * them (./page.ts). Stands alone too: the inline script below starts it before the first paint,
 * so a tap on the build's drawing is never lost, however late the entry runs.
 */
export function holdClicks(name: string) {
  const page = window as unknown as Record<string, HeldClicks | undefined>;
  if (page[name]) return;
  const events: MouseEvent[] = [];
  const hold = (event: MouseEvent) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    events.push(event);
  };
  document.addEventListener('click', hold, true);
  page[name] = { events, stop: () => document.removeEventListener('click', hold, true) };
}

export function guard(
  files: GuardFiles,
  hold: (name: string) => void,
  page: Document = document,
  at: Location = location,
) {
  const ask = (rel: string, href: string, as?: string) => {
    const link = page.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as) link.as = as;
    // Fetched as the app will fetch them: module scripts and the model with CORS.
    link.crossOrigin = '';
    page.head.append(link);
  };
  const home = at.pathname === '/';
  // The screen the build drew into this page (`/`, or a screen of its own: scripts/pages.ts) is
  // on show only at its own address with no query (a query may ask for another drawing).
  const drawn = page.documentElement.getAttribute('data-prerendered');
  if (drawn !== at.pathname || at.search) page.documentElement.classList.add('no-prerender');
  // The build's drawing is on show: it answers once the app has adopted it.
  else hold(files.held);
  if (home && new URLSearchParams(at.search).has('model'))
    for (const file of files.sketch) ask('modulepreload', file);
  else {
    ask('preload', files.model, 'fetch');
    for (const file of files.app) ask('modulepreload', file);
    for (const file of files.screens[at.pathname] ?? []) ask('modulepreload', file);
  }
}

/** The inline script's text: the guard, called with the build's files and the hold above. */
export const guardScript = (files: GuardFiles) =>
  `(${guard.toString()})(${JSON.stringify(files)},${holdClicks.toString()});`;
