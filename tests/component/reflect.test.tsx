import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetReflectionSession, whenSaved } from '../../src/features/reflect/session';
import { useStore } from '../../src/store/store';
import { renderApp } from './renderApp';

describe('reflecting', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => resetReflectionSession());

  it('rates a factor with radio groups named by the factor, then how strongly, with a private note', async () => {
    const { user } = renderApp('/reflect');
    const how = await screen.findByRole('radiogroup', { name: 'How Media portrayal affects you' });
    expect(
      screen.queryByRole('radiogroup', { name: 'How much Media portrayal drains you' }),
    ).toBeNull();
    await user.click(within(how).getByRole('radio', { name: /Draining/ }));
    const strength = screen.getByRole('radiogroup', {
      name: 'How much Media portrayal drains you',
    });
    expect(within(strength).getByRole('radio', { name: 'A little' })).toBeChecked();
    await user.click(within(strength).getByRole('radio', { name: 'A great deal' }));
    expect(within(strength).getByRole('radio', { name: 'A great deal' })).toBeChecked();
    const note = screen.getByRole('textbox', {
      name: 'Private note on Media portrayal (optional)',
    });
    await user.type(note, 'Headlines at night');
    await user.tab();
    expect(screen.getByText(/1 of 67 factors marked/)).toBeVisible();
    await whenSaved();
    // Never in the URL, never in the shared preferences.
    expect(location.href).not.toContain('media');
    expect(localStorage.getItem('cwb-explorer:preferences') ?? '').not.toMatch(/media|Headlines/);
  });

  it('moves through the domains with progress shown, and clears an answer', async () => {
    const { user } = renderApp('/reflect');
    await screen.findByRole('heading', { level: 2, name: 'Society & Culture' });
    expect(screen.getByRole('progressbar', { name: 'Domains gone through' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    await user.click(screen.getByRole('button', { name: 'Next domain →' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Rules & Regulations' })).toBeVisible();
    expect(screen.getByText(/Domain 2 of 7/)).toBeVisible();
    const how = screen.getByRole('radiogroup', { name: 'How Litigation risk affects you' });
    await user.click(within(how).getByRole('radio', { name: /Neutral/ }));
    expect(screen.queryByRole('radiogroup', { name: /How much Litigation risk/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear my answer for Litigation risk' }));
    expect(within(how).getByRole('radio', { name: /Neutral/ })).not.toBeChecked();
  });

  it('always shows crisis support and points to validated measures, never a score', async () => {
    renderApp('/reflect');
    await screen.findByRole('heading', { level: 1, name: 'Reflect on what affects you' });
    const support = screen.getByRole('complementary', { name: 'Support, and real measures' });
    expect(support).toHaveTextContent(/call or text 988/);
    expect(
      within(support).getByRole('link', { name: /Maslach Burnout Inventory/ }),
    ).toHaveAttribute('href', '/resource/maslach-mbi-hss-mp');
    expect(screen.getByText(/stays in this browser on this device/)).toBeVisible();
  });

  it('summarises drains by where they sit, and shows the overlay only when asked', async () => {
    const { user } = renderApp('/reflect');
    await user.click(
      within(
        await screen.findByRole('radiogroup', { name: 'How Media portrayal affects you' }),
      ).getByRole('radio', { name: /Draining/ }),
    );
    await whenSaved();
    await user.click(screen.getByRole('link', { name: 'Summary so far' }));
    const drains = await screen.findByRole('region', { name: 'What drains you' });
    expect(within(drains).getByRole('heading', { name: 'In the system around you' })).toBeVisible();
    expect(within(drains).getByRole('link', { name: 'Media portrayal' })).toBeVisible();
    expect(useStore.getState().reflectionOverlay).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Show my reflection on the diagram' }));
    await waitFor(() => expect(screen.getByText(/Showing your reflection/)).toBeVisible());
  });
});
