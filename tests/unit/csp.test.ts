import { describe, expect, it } from 'vitest';
import { prerenderGuard } from '../../src/app/csp';
import { INLINE_REQUEST_GLOBAL } from '../../src/model/request';

const SKETCH = ['/assets/index-a.js', '/assets/sketch-b.js', '/assets/schemas-c.js'];
const MODEL = '/assets/model-d.json';

/**
 * Runs the build's inline script as if the page were at `address`: what it marks on the page,
 * which links it adds to the head, and which requests it makes (and leaves for the entry).
 */
function runGuard(address: string, assets = { sketchFiles: SKETCH, modelFile: MODEL }) {
  const classes = new Set<string>();
  const links: Record<string, string>[] = [];
  const requests: { url: string; init: RequestInit }[] = [];
  const document = {
    documentElement: { classList: { add: (c: string) => classes.add(c) } },
    createElement: () => ({}),
    head: { append: (link: Record<string, string>) => links.push(link) },
  };
  const fetch = (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return Promise.resolve(new Response('{}'));
  };
  const window: Record<string, { url: string; response: Promise<Response> }> = {};
  const url = new URL(address, 'https://explorer.example');
  new Function('location', 'document', 'fetch', 'window', prerenderGuard(assets))(
    url,
    document,
    fetch,
    window,
  );
  return {
    hidden: classes.has('no-prerender'),
    preloads: links.map((l) => [l.rel, l.href, ...('as' in l ? [l.as, l.crossOrigin] : [])]),
    requests,
    left: window[INLINE_REQUEST_GLOBAL],
  };
}

describe("the build's inline script", () => {
  it('leaves the drawing of `/` showing, and asks for the bundled model', () => {
    expect(runGuard('/')).toMatchObject({
      hidden: false,
      preloads: [['preload', MODEL, 'fetch', '']],
      requests: [],
      left: undefined,
    });
  });

  it('on a model linked on this site, hides the NAM drawing, asks for the sketch code and requests the model as the app would', async () => {
    const run = runGuard('/?model=%2Fteams%2Fmodel.json');
    expect(run.hidden).toBe(true);
    expect(run.preloads).toEqual(SKETCH.map((f) => ['modulepreload', f]));
    expect(run.requests).toHaveLength(1);
    const [{ url, init }] = run.requests as [{ url: string; init: RequestInit }];
    expect(url).toBe('https://explorer.example/teams/model.json');
    expect(init).toMatchObject({
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept: 'application/json' },
    });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(run.left?.url).toBe(url);
    expect(await run.left?.response.then((r) => r.text())).toBe('{}');
  });

  it('never requests a model from elsewhere, or an address the app would refuse', () => {
    for (const address of [
      '/?lens=x&model=https%3A%2F%2Fother.example%2Fm.json',
      '/?model=http%3A%2F%2Fexplorer.example%2Fm.json',
      '/?model=https%3A%2F%2Fuser%3Apw%40explorer.example%2Fm.json',
      '/?model=javascript%3Aalert(1)',
      '/?model=%20',
      `/?model=%2F${'a'.repeat(2001)}`,
    ]) {
      const run = runGuard(address);
      expect(run.requests, address).toEqual([]);
      expect(run.left, address).toBeUndefined();
      expect(run.preloads, address).toHaveLength(SKETCH.length);
    }
  });

  it('on any other address or query, hides the drawing and asks for the bundled model only', () => {
    for (const address of [
      '/about',
      '/factor/autonomy?model=%2Fm.json',
      '/?lens=workload',
      '/?models=1',
    ])
      expect(runGuard(address), address).toMatchObject({
        hidden: true,
        preloads: [['preload', MODEL, 'fetch', '']],
        requests: [],
      });
  });

  it('without files to ask for, only hides (and still requests a linked model)', () => {
    const run = runGuard('/?model=%2Fteam.json', { sketchFiles: [], modelFile: '' });
    expect(run).toMatchObject({ hidden: true, preloads: [] });
    expect(run.requests).toHaveLength(1);
    expect(runGuard('/about', { sketchFiles: [], modelFile: '' }).preloads).toEqual([]);
  });
});
