import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from './renderApp';

describe('the presentation', () => {
  it('shows a step’s title and points, a counter and progress, and moves with its buttons', async () => {
    const { user } = renderApp('/present?step=2');
    expect(
      await screen.findByRole('heading', { level: 1, name: /The centre: clinicians, patients/ }),
    ).toBeVisible();
    // In the bar and in the caption (the bar's words are split so a phone can show "2/11").
    expect(
      screen.getAllByText((_, el) => el?.textContent === 'Step 2 of 11' && el.tagName === 'P'),
    ).toHaveLength(2);
    expect(
      screen.getByRole('progressbar', { name: 'Progress through the presentation' }),
    ).toHaveAttribute('aria-valuenow', '2');
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Society & Culture' })).toBeVisible();
    expect(currentUrl.search).toBe('?step=3');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(currentUrl.search).toBe('?step=2');
  });

  it('follows the keys a clicker sends, jumps to a typed number, and blanks the screen', async () => {
    const { user } = renderApp('/present');
    await screen.findByRole('heading', { level: 1, name: 'The whole model at a glance' });
    await user.keyboard('{PageDown}{ArrowRight} ');
    expect(currentUrl.search).toBe('?step=4');
    await user.keyboard('{PageUp}');
    expect(currentUrl.search).toBe('?step=3');
    await user.keyboard('10{Enter}');
    expect(
      screen.getByRole('heading', { level: 1, name: 'What is at stake: outcomes' }),
    ).toBeVisible();
    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { level: 1, name: 'Where to find help' })).toBeVisible();
    // The help step's crisis lines are the app's own.
    expect(screen.getAllByText(/call or text 988/).length).toBeGreaterThan(0);
    await user.keyboard('{Home}b');
    expect(screen.getByRole('status', { name: 'Screen blanked' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('status', { name: 'Screen blanked' })).toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentUrl.path).toBe('/'));
  });

  it('keeps its text size and contrast as preferences', async () => {
    const { user } = renderApp('/present');
    await screen.findByRole('heading', { level: 1, name: 'The whole model at a glance' });
    await user.click(screen.getByRole('button', { name: /larger text/ }));
    const contrast = screen.getByRole('button', { name: 'High contrast' });
    await user.click(contrast);
    expect(contrast).toHaveAttribute('aria-pressed', 'true');
    const saved = JSON.parse(localStorage.getItem('cwb-explorer:preferences') ?? '{}');
    expect(saved.state).toMatchObject({ presentScale: 1.5, presentContrast: 'high' });
  });

  it('plays a person’s own sequence, skipping ids the model does not have with a notice', async () => {
    renderApp('/present?seq=autonomy,nope,rules-and-regulations&title=My%20talk');
    expect(await screen.findByRole('heading', { level: 1, name: 'Autonomy' })).toBeVisible();
    expect(screen.getByText('My talk')).toBeVisible();
    // In the bar and in the caption (the bar's words are split so a phone can show "1/2").
    expect(
      screen.getAllByText((_, el) => el?.textContent === 'Step 1 of 2' && el.tagName === 'P'),
    ).toHaveLength(2);
    expect(screen.getByText('Skipped an id this model does not have: nope.')).toBeVisible();
  });
});

describe('building your own sequence', () => {
  it('adds, orders and removes steps, then presents them from a link', async () => {
    const { user } = renderApp('/present/build');
    await user.type(await screen.findByLabelText('Title'), 'EHR talk');
    await user.click(
      screen.getByRole('button', {
        name: 'Add Health IT interoperability and usability/electronic health records',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Add domain: Organizational Factors' }));
    await user.click(screen.getByRole('button', { name: 'Add Autonomy' }));
    await user.click(screen.getByRole('button', { name: 'Move Autonomy up' }));
    await user.click(screen.getByRole('button', { name: 'Remove Organizational Factors' }));
    const list = screen.getByRole('list', { name: /Your steps/ });
    expect(list).toHaveTextContent(/Health IT.*Autonomy/);
    await user.click(screen.getByRole('button', { name: 'Present this sequence' }));
    expect(currentUrl.path).toBe('/present');
    expect(new URLSearchParams(currentUrl.search).get('seq')).toBe('health-it-and-ehr,autonomy');
    expect(new URLSearchParams(currentUrl.search).get('title')).toBe('EHR talk');
  });
});

describe('saved preferences from before presentations', () => {
  it('keep the view and gain the presentation defaults', async () => {
    localStorage.setItem(
      'cwb-explorer:preferences',
      JSON.stringify({ state: { viewMode: 'outline' }, version: 1 }),
    );
    const { useStore } = await import('../../src/store/store');
    await useStore.persist.rehydrate();
    expect(useStore.getState()).toMatchObject({
      viewMode: 'outline',
      presentScale: 1.25,
      presentContrast: 'normal',
    });
  });

  it('ignore a text size that is not on offer', async () => {
    localStorage.setItem(
      'cwb-explorer:preferences',
      JSON.stringify({ state: { viewMode: 'diagram', presentScale: 40 }, version: 2 }),
    );
    const { useStore } = await import('../../src/store/store');
    await useStore.persist.rehydrate();
    expect(useStore.getState().presentScale).toBe(1.25);
  });
});
