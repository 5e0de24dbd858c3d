import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, smallModel } from './renderApp';

describe('another model in the same schema', () => {
  it('draws and navigates the same way', async () => {
    const { user } = renderApp('/', smallModel(), { kind: 'file', name: 'small.json' });
    expect(screen.getByRole('button', { name: 'Teams, Work, domain 1 of 3' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sleep, Rest, factor 1 of 2' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Sleep' })).toBeVisible();
    expect(screen.getByText('Rest · Life')).toBeVisible();
  });
});

describe('a model that fails to load', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says what is wrong and where, and keeps the model on show', async () => {
    const bad = {
      schemaVersion: 1,
      id: 'x',
      title: 'X',
      description: 'd',
      centre: [],
      groups: [],
      domains: 'no',
    };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(bad)));
    renderApp('/?model=%2Fmine.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not open “http://localhost:3000/mine.json”. It is not a valid model: 3 problems found.',
    );
    expect(alert).toHaveTextContent('$.domains: Invalid input: expected array');
    expect(alert).toHaveTextContent('$.centre: the centre needs at least one ring');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: /^Society & Culture, External factors/ }),
      ).toBeInTheDocument(),
    );
  });
});

describe('corrupt saved preferences', () => {
  it('are reported and the app starts from defaults', async () => {
    localStorage.setItem('cwb-explorer:preferences', '{not json');
    await useStoreRehydrate();
    renderApp('/');
    expect(await screen.findByRole('status')).toHaveTextContent(
      /saved preferences could not be read/,
    );
    expect(screen.getByRole('button', { name: 'Diagram' })).toHaveAttribute('aria-pressed', 'true');
  });
});

async function useStoreRehydrate() {
  const { useStore } = await import('../../src/store/store');
  await useStore.persist.rehydrate();
  await Promise.resolve();
}
