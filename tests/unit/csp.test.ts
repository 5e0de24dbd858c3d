import { describe, expect, it } from 'vitest';
import { prerenderGuard } from '../../src/app/csp';

const SKETCH = ['/assets/index-a.js', '/assets/sketch-b.js', '/assets/schemas-c.js'];

/**
 * Runs the build's inline script as if the page were at `address`: what it marks on the page and
 * which links it adds to the head.
 */
function runGuard(address: string, files = SKETCH) {
  const classes = new Set<string>();
  const links: Record<string, string>[] = [];
  const document = {
    documentElement: { classList: { add: (c: string) => classes.add(c) } },
    createElement: () => ({}),
    head: { append: (link: Record<string, string>) => links.push(link) },
  };
  const url = new URL(address, 'https://explorer.example');
  new Function('location', 'document', prerenderGuard(files))(url, document);
  return { hidden: classes.has('no-prerender'), preloads: links.map((l) => [l.rel, l.href]) };
}

describe("the build's inline script", () => {
  it('leaves the drawing of `/` showing, and asks for nothing more', () => {
    expect(runGuard('/')).toEqual({ hidden: false, preloads: [] });
  });

  it('on a linked model, hides the NAM drawing and asks for the sketch code, the entry first', () => {
    expect(runGuard('/?model=%2Fteam.json')).toEqual({
      hidden: true,
      preloads: SKETCH.map((f) => ['modulepreload', f]),
    });
    expect(runGuard('/?lens=x&model=https%3A%2F%2Fother.example%2Fm.json').preloads).toHaveLength(
      3,
    );
  });

  it('on any other address or query, hides the drawing and preloads nothing', () => {
    for (const address of [
      '/about',
      '/factor/autonomy?model=%2Fm.json',
      '/?lens=workload',
      '/?models=1',
    ])
      expect(runGuard(address), address).toEqual({ hidden: true, preloads: [] });
  });

  it('without a sketch to preload, only hides', () => {
    expect(runGuard('/?model=%2Fteam.json', [])).toEqual({ hidden: true, preloads: [] });
  });
});
