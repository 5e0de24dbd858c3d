import { describe, expect, it } from 'vitest';
import { guardScript, type GuardFiles } from '../../src/start/guard';

const FILES: GuardFiles = {
  app: ['/assets/app-a.js', '/assets/rolldown-runtime-b.js'],
  sketch: ['/assets/linked-c.js'],
  screens: { '/evidence': ['/assets/EvidenceMap-e.js', '/assets/table-f.js'] },
  model: '/assets/model-d.json',
  held: '__heldForTest',
};

/**
 * Runs the inline script exactly as the build writes it into the page, as if the page (with the
 * screen `drawn` drawn into it by the build) were at `address`: whether it hid the build's drawing, and which links it added to the head, in order.
 * It runs with nothing but the page's own globals, so a script that leaned on a helper from
 * outside itself would fail here.
 */
function runGuard(address: string, files = FILES, drawn = '/') {
  const classes = new Set<string>();
  const links: Record<string, string>[] = [];
  const listeners: ((e: unknown) => void)[] = [];
  const document = {
    documentElement: {
      classList: { add: (c: string) => classes.add(c) },
      getAttribute: (name: string) => (name === 'data-prerendered' ? drawn : null),
    },
    createElement: () => ({}),
    head: { append: (link: Record<string, string>) => links.push(link) },
    addEventListener: (_: string, fn: (e: unknown) => void) => listeners.push(fn),
    removeEventListener: (_: string, fn: (e: unknown) => void) =>
      listeners.splice(listeners.indexOf(fn), 1),
  };
  const window: Record<string, { events: unknown[]; stop: () => void } | undefined> = {};
  const location = new URL(address, 'https://explorer.example');
  new Function('location', 'document', 'window', guardScript(files))(location, document, window);
  return {
    hidden: classes.has('no-prerender'),
    links: links.map((l) => [l.rel, l.href, ...(l.as ? [l.as] : []), l.crossOrigin]),
    held: window[files.held],
    listeners,
  };
}

const app = FILES.app.map((f) => ['modulepreload', f, '']);

describe("the build's inline script", () => {
  it('at `/`, leaves the drawing showing and asks for the bundled model, then the app', () => {
    expect(runGuard('/')).toMatchObject({
      hidden: false,
      links: [['preload', FILES.model, 'fetch', ''], ...app],
    });
  });

  it('at `/`, holds every click on the drawing for the app, from before the first paint', () => {
    const run = runGuard('/');
    expect(run.listeners).toHaveLength(1);
    let prevented = false;
    const click = {
      preventDefault: () => (prevented = true),
      stopImmediatePropagation: () => {},
    };
    run.listeners[0]!(click);
    expect(prevented).toBe(true);
    expect(run.held?.events).toEqual([click]);
    // The app stops holding them when it replays them (src/start/page.ts).
    run.held?.stop();
    expect(run.listeners).toHaveLength(0);
    // Anywhere else nothing is held: no drawing shows there before the app.
    for (const address of ['/about', '/?model=%2Fm.json', '/?lens=w'])
      expect(runGuard(address).held, address).toBeUndefined();
  });

  it('for a linked model, hides the drawing and asks for the sketch’s code only', () => {
    // The app's code waits for the sketch's (src/main.tsx): together, the sketch waited for it.
    for (const address of ['/?model=%2Fteams%2Fmodel.json', '/?model=https%3A%2F%2Fother.example'])
      expect(runGuard(address), address).toMatchObject({
        hidden: true,
        links: [['modulepreload', FILES.sketch[0], '']],
      });
  });

  it('on any other address or query, hides the drawing and asks for the model and the app', () => {
    for (const address of ['/about', '/factor/autonomy?model=%2Fm.json', '/?lens=w', '/?models=1'])
      expect(runGuard(address), address).toMatchObject({
        hidden: true,
        links: [['preload', FILES.model, 'fetch', ''], ...app],
      });
  });

  it('on a screen of its own, shows its drawing and asks for its code with the app’s', () => {
    const screen = FILES.screens['/evidence']!.map((f) => ['modulepreload', f, '']);
    const run = runGuard('/evidence', FILES, '/evidence');
    expect(run).toMatchObject({
      hidden: false,
      links: [['preload', FILES.model, 'fetch', ''], ...app, ...screen],
    });
    expect(run.held?.events).toEqual([]);
    // With a query (filters, a lens) the drawing may be wrong: hidden, the app draws it.
    expect(runGuard('/evidence?grade=strong', FILES, '/evidence')).toMatchObject({
      hidden: true,
      links: [['preload', FILES.model, 'fetch', ''], ...app, ...screen],
      held: undefined,
    });
    // index.html served at the screen's address (a host without its page): hidden.
    expect(runGuard('/evidence').hidden).toBe(true);
    // A page of one screen served at another address: hidden.
    expect(runGuard('/', FILES, '/evidence').hidden).toBe(true);
    expect(runGuard('/evidence/x').links).toHaveLength(1 + app.length);
  });

  it('requests nothing itself: a linked model is requested by the entry, by the app’s rules', () => {
    const script = guardScript(FILES);
    expect(script).not.toMatch(/fetch\s*\(/);
    expect(script).not.toMatch(/XMLHttpRequest/);
  });
});
