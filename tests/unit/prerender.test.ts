import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/prerender';

const model = JSON.parse(readFileSync('data/model.json', 'utf8')) as {
  title: string;
  domains: { label: string; factors: unknown[] }[];
};

describe('the build-time drawing of the first screen', () => {
  let html = '';
  beforeAll(async () => {
    html = await render(model);
  });

  it('draws the whole NAM diagram, scaled to its box, with every segment named', () => {
    const factors = model.domains.reduce((n, d) => n + d.factors.length, 0);
    expect(html).toContain(`data-factors="${factors}"`);
    expect(html).toMatch(
      /<svg role="application"[^>]*width="100%" height="100%"[^>]*viewBox="-400 -400 800 800"/,
    );
    const segments = html.match(/<g class="segment[^"]*" role="button"/g) ?? [];
    expect(segments).toHaveLength(factors + model.domains.length);
    for (const domain of model.domains)
      expect(html).toContain(`aria-label="${domain.label.replaceAll('&', '&amp;')}, `);
  });

  it('has the page around it: header, crisis support, the title and the overview', () => {
    expect(html).toContain('<h1 class="visually-hidden">' + model.title);
    expect(html).toContain('call or text 988');
    expect(html).toContain('Not an NAM product');
  });

  it('leaves out what needs the browser, and carries no script or inline style', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<template');
    expect(html).not.toMatch(/ style="/);
  });
});

describe('the build-time drawing of the screens of their own', () => {
  it('draws each screen itself, with its own code loaded, not "Loading…"', async () => {
    const screens = {
      '/evidence': '<h1>Evidence map</h1>',
      '/present': 'Step 1 of',
      '/reflect': '<h1>Reflect on what affects you</h1>',
    };
    for (const [path, mark] of Object.entries(screens)) {
      const html = await render(model, path);
      expect(html, path).toContain(mark);
      expect(html, path).not.toContain('Loading…');
      expect(html, path).not.toContain('<!--$!-->');
      expect(html, path).not.toContain('<script');
    }
  });

  it('draws reflection as it is before the person’s own is opened: nothing of theirs', async () => {
    const html = await render(model, '/reflect');
    expect(html).toContain('Opening your reflection…');
    expect(html).toContain('call or text 988');
  });
});
