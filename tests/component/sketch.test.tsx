import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawSketch, sketchEarlyModel } from '../../src/start/sketch';
import { requestLinkedModel } from '../../src/model/linked';
import { claimRoot } from '../../src/start/page';
import { showLinkedFrame } from '../../src/start/frame';
import type { Model } from '../../src/model/types';
import { validateModel } from '../../src/model/validate';
import { STORAGE_KEY } from '../../src/store/keys';

const HOSTILE = '<img src=x onerror="window.hacked=1"> Team <b>health</b>';
const raw = JSON.parse(readFileSync('tests/fixtures/small-model.json', 'utf8')) as {
  title: string;
};

function smallModel(title = raw.title): Model {
  const result = validateModel({ ...raw, title });
  if (!result.ok) throw new Error('the fixture should be valid');
  return result.value;
}

/** The page as the build leaves it for any address but `/`: the NAM frame, hidden. */
function buildPage() {
  document.documentElement.classList.add('no-prerender');
  document.body.innerHTML = `<div id="root"><header class="app-header">Explorer</header>
    <main id="main"><h1 class="visually-hidden">Factors Affecting Clinician Well-Being</h1>
    <div class="workspace"><section class="view"><div class="diagram">
      <svg data-factors="67"><g role="button" aria-label="Society &amp; Culture"></g></svg>
    </div></section>
    <aside class="panel"><header><h2>Factors Affecting Clinician Well-Being</h2></header>
    <div class="panel__body"><p>A conceptual model from the National Academy of Medicine</p></div>
    <p class="panel__footer">Based on the National Academy of Medicine’s conceptual model</p>
    </aside></div></main></div>`;
  const diagram = document.querySelector('.diagram') as HTMLElement;
  diagram.getBoundingClientRect = () => ({ width: 800, height: 700 }) as DOMRect;
}

beforeEach(buildPage);
afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.classList.remove('no-prerender');
  localStorage.clear();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the sketch of a linked model', () => {
  it('draws its rings and labels in the page’s frame, in place of the NAM drawing', () => {
    drawSketch(smallModel(), 'https://models.example.org/m.json', 'models.example.org');
    expect(document.documentElement.classList.contains('no-prerender')).toBe(false);
    expect(document.querySelector('svg[data-factors]')).toBeNull();
    expect(document.body.textContent).not.toContain('Society & Culture');
    expect(document.body.textContent).not.toContain('A conceptual model from the National Academy');
    const sketch = document.querySelector('svg[data-sketch]');
    expect(sketch?.getAttribute('aria-label')).toBe(`${raw.title}, loading`);
    // At the size of its box, as the app will draw it: nothing moves when the app takes over.
    expect([sketch?.getAttribute('width'), sketch?.getAttribute('height')]).toEqual(['800', '700']);
    expect(
      [...document.querySelectorAll('.segment--domain')].map((g) => g.getAttribute('data-id')),
    ).toEqual(expect.arrayContaining(['rest', 'teams', 'money']));
    expect(document.querySelectorAll('.segment--factor')).toHaveLength(8);
    expect(
      [...document.querySelectorAll('.labels text')].map((t) => t.textContent?.trim()),
    ).toContain('Teams');
    // Named for Element Timing: when this model's diagram was first painted.
    expect(document.querySelectorAll('[elementtiming]')).toHaveLength(1);
    expect(document.querySelector('[elementtiming]')?.getAttribute('elementtiming')).toBe(
      'cwb-diagram-8',
    );
    expect(document.querySelector('.diagram')?.getAttribute('aria-busy')).toBe('true');
  });

  it('says whose model it is, and sets every word from the model as text', () => {
    drawSketch(smallModel(HOSTILE), 'https://models.example.org/m.json', 'models.example.org');
    const banner = document.querySelector('.provenance');
    expect(banner?.textContent).toContain('Not the NAM model.');
    expect(banner?.textContent).toContain(`“${HOSTILE}”`);
    expect(banner?.textContent).toContain('opened from models.example.org');
    expect(document.querySelector('h2')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(document.querySelector('.panel__footer')?.textContent).toContain(
      'is a model opened from models.example.org, not the NAM model',
    );
    expect(document.body.textContent).not.toContain('Based on the National Academy');
    expect(document.querySelector('img, b')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('the frame for a linked model, before it has come', () => {
  it('says a model from its site is being opened, and nothing of the NAM model stays', () => {
    expect(showLinkedFrame('models.example.org')).not.toBeNull();
    expect(document.documentElement.classList.contains('no-prerender')).toBe(false);
    const banner = document.querySelector('.provenance');
    expect(banner?.getAttribute('aria-label')).toBe('Whose model this is');
    expect(banner?.textContent).toContain(
      'Not the NAM model. Opening a model from models.example.org…',
    );
    expect(document.querySelector('h1')?.textContent).toBe('A model from models.example.org');
    expect(document.querySelector('h2')?.textContent).toBe('A model from models.example.org');
    expect(document.querySelector('[role=status]')?.textContent).toBe(
      'Opening the model and checking it…',
    );
    expect(document.querySelector('.diagram')?.children).toHaveLength(0);
    expect(document.querySelector('.diagram')?.getAttribute('aria-busy')).toBe('true');
    expect(document.body.textContent).not.toMatch(
      /Society & Culture|National Academy|Factors Affecting/,
    );
  });

  it('is shown once, and the sketch names the model in it', () => {
    showLinkedFrame('models.example.org');
    showLinkedFrame('models.example.org');
    expect(document.querySelectorAll('.provenance')).toHaveLength(1);
    drawSketch(smallModel(), 'https://models.example.org/m.json', 'models.example.org');
    expect(document.querySelectorAll('.provenance')).toHaveLength(1);
    expect(document.querySelector('.provenance')?.textContent).toContain(
      `You are viewing “${raw.title}”, opened from models.example.org.`,
    );
    expect(document.querySelector('[role=status]')).toBeNull();
    expect(document.querySelector('h2')?.textContent).toBe(raw.title);
    expect(document.querySelector('svg[data-sketch]')).not.toBeNull();
  });

  it('is not shown away from the explorer’s home, or where the outline was chosen', () => {
    history.replaceState(null, '', '/about?model=/m.json');
    expect(showLinkedFrame('models.example.org')).toBeNull();
    history.replaceState(null, '', '/?model=/m.json');
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { viewMode: 'outline' } }));
    expect(showLinkedFrame('models.example.org')).toBeNull();
    expect(document.documentElement.classList.contains('no-prerender')).toBe(true);
    expect(document.querySelector('.provenance')).toBeNull();
  });
});

describe('sketching the model a link names', () => {
  const serve = (body: string) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(body, {
            headers: {
              'content-type': 'application/json',
              'content-length': String(new TextEncoder().encode(body).length),
            },
          }),
      ),
    );

  it('draws it once it has come and passed the app’s checks', async () => {
    serve(JSON.stringify(raw));
    history.replaceState(null, '', '/?model=/team-model.json');
    expect(requestLinkedModel()).toBe(true);
    expect(await sketchEarlyModel()).toBe(true);
    expect(document.querySelector('svg[data-sketch]')).not.toBeNull();
    expect(document.querySelector('.provenance')?.textContent).toContain('opened from localhost');
  });

  it('requests a model on this site itself, as the app would, and never one from elsewhere', async () => {
    serve(JSON.stringify(raw));
    history.replaceState(null, '', '/?model=/team-model.json');
    expect(requestLinkedModel()).toBe(true);
    expect(fetch).toHaveBeenCalledWith(
      `${location.origin}/team-model.json`,
      expect.objectContaining({ credentials: 'omit' }),
    );
    expect(await sketchEarlyModel()).toBe(true);
    vi.mocked(fetch).mockClear();
    history.replaceState(null, '', '/?model=https%3A%2F%2Fother.example%2Fm.json');
    expect(requestLinkedModel()).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('draws nothing for a model that fails the checks: the app says what is wrong', async () => {
    serve(JSON.stringify({ ...raw, domains: 'none' }));
    history.replaceState(null, '', '/?model=/team-model.json');
    requestLinkedModel();
    expect(await sketchEarlyModel()).toBe(false);
    expect(document.querySelector('svg[data-sketch]')).toBeNull();
    expect(document.documentElement.classList.contains('no-prerender')).toBe(true);
  });

  it('draws nothing where the person chose the outline, or away from the explorer’s home', async () => {
    serve(JSON.stringify(raw));
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { viewMode: 'outline' } }));
    history.replaceState(null, '', '/?model=/team-model.json');
    requestLinkedModel();
    await sketchEarlyModel();
    expect(document.querySelector('svg[data-sketch]')).toBeNull();
    localStorage.clear();
    history.replaceState(null, '', '/domain/teams?model=/team-model.json');
    requestLinkedModel();
    await sketchEarlyModel();
    expect(document.querySelector('svg[data-sketch]')).toBeNull();
  });

  it('draws nothing once the app has taken the page over', async () => {
    serve(JSON.stringify(raw));
    history.replaceState(null, '', '/?model=/team-model.json');
    requestLinkedModel();
    claimRoot();
    await sketchEarlyModel();
    expect(document.querySelector('svg[data-sketch]')).toBeNull();
  });
});
