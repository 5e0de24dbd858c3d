import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/store/store';
import { currentUrl, renderApp, smallModel } from './renderApp';

const fromLink = {
  kind: 'url',
  url: 'https://models.example.org/teams/v2.json',
  host: 'models.example.org',
} as const;
/** The link that opened it: a model from a link stays only while the link names it. */
const linked = `?model=${encodeURIComponent(fromLink.url)}`;

describe('the provenance banner', () => {
  it('is absent for the bundled NAM model, whose panels credit the NAM', async () => {
    renderApp('/factor/autonomy');
    expect(await screen.findByText(/^Based on the National Academy of Medicine/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Whose model this is' })).toBeNull();
  });

  it('names another model, where it came from, and that it is not the NAM model', async () => {
    renderApp(`/factor/sleep${linked}`, smallModel(), fromLink);
    const banner = screen.getByRole('region', { name: 'Whose model this is' });
    expect(banner).toHaveTextContent(
      'Not the NAM model. You are viewing “A small team-health model”, opened from models.example.org',
    );
    // The full address is one focus away.
    expect(within(banner).getByRole('tooltip')).toHaveTextContent(fromLink.url);
    expect(screen.queryByText(/^Based on the National Academy of Medicine/)).toBeNull();
    expect(
      await screen.findByText(/is a model opened from models\.example\.org, not the NAM model/),
    ).toBeVisible();
  });

  it('names a file as a file on this device', () => {
    renderApp('/', smallModel(), { kind: 'file', name: 'ward-7.json' });
    expect(screen.getByRole('region', { name: 'Whose model this is' })).toHaveTextContent(
      'opened from the file ward-7.json on this device',
    );
  });

  it('cuts a very long title short instead of filling the screen with it', () => {
    const model = smallModel();
    model.title = 'CALL NOW '.repeat(16).trim();
    renderApp(`/${linked}`, model, fromLink);
    const text = screen.getByRole('region', { name: 'Whose model this is' }).textContent ?? '';
    expect(text).toContain('…”');
    expect(text).not.toContain(model.title);
  });

  it('offers one way back to the NAM model', async () => {
    const { user } = renderApp(`/factor/sleep${linked}`, smallModel(), fromLink);
    await user.click(screen.getByRole('button', { name: 'Back to the NAM model' }));
    expect(currentUrl.path).toBe('/');
    expect(currentUrl.search).toBe('');
  });
});

describe('the About page with another model on show', () => {
  it('describes that model as its author’s and credits the NAM for nothing in it', async () => {
    renderApp(`/about${linked}`, smallModel(), fromLink);
    const section = await screen.findByRole('region', {
      name: 'The model on show: not the NAM model',
    });
    expect(section).toHaveTextContent('A small team-health model');
    expect(section).toHaveTextContent(fromLink.url);
    expect(screen.queryByRole('link', { name: /doi:10\.31478/ })).toBeNull();
    // The app itself still says what it is, and help is the app's own.
    expect(screen.getByText(/is based on the NAM model and is not an NAM product/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'If you need help now' })).toBeVisible();
  });
});

describe('the consent screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks before fetching anything from another site, naming the host', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderApp(`/?model=${encodeURIComponent('https://models.example.org/m.json')}`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Open a model from models.example.org?',
      }),
    ).toBeVisible();
    expect(screen.getByText('It is not checked by this app.')).toBeVisible();
    expect(fetch).not.toHaveBeenCalled();
    expect(useStore.getState().consent).toEqual({
      url: 'https://models.example.org/m.json',
      host: 'models.example.org',
    });
  });

  it('drops the link and shows the NAM model when the person says no', async () => {
    const { user } = renderApp(
      `/?model=${encodeURIComponent('https://models.example.org/m.json')}`,
    );
    await user.click(await screen.findByRole('button', { name: 'No, show the NAM model' }));
    expect(currentUrl.search).toBe('');
    expect(
      await screen.findByRole('button', { name: /^Society & Culture, External factors/ }),
    ).toBeInTheDocument();
  });
});
