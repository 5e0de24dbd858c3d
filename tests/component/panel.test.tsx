import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, nextFrame, renderApp, smallModel } from './renderApp';

describe('the factor panel', () => {
  it('shows the factor’s name, domain and group, description, outcomes and ranked resources', async () => {
    renderApp('/factor/health-it-and-ehr');
    const panel = await screen.findByRole('complementary', {
      name: 'Health IT interoperability and usability/electronic health records',
    });
    expect(
      within(panel).getByText('Learning/Practice Environment · External factors'),
    ).toBeVisible();
    expect(
      within(panel).getByText(/electronic health record/i, { selector: 'p.panel__description' }),
    ).toBeVisible();

    const outcomes = within(panel).getByRole('region', { name: 'Linked outcomes' });
    expect(within(outcomes).getByRole('link', { name: /^Burnout/ })).toHaveAttribute(
      'href',
      '/outcome/burnout',
    );
    expect(within(outcomes).getAllByText(/evidence$/).length).toBeGreaterThan(0);

    const resources = within(panel).getByRole('region', { name: 'Resources' });
    const cards = await within(resources).findAllByRole('article');
    expect(cards.length).toBeGreaterThanOrEqual(3);
    // Strongest evidence first: the first card is not weaker than the last.
    const levels = cards.map((c) => c.textContent ?? '');
    expect(levels[0]).toMatch(
      /Meta-analysis|Systematic review|Randomised trial|Observational study/,
    );
    expect(within(cards[0]!).getByText('Why it matters here:')).toBeVisible();
    const doi = within(resources).getAllByRole('link', { name: /^doi:10\./ })[0]!;
    expect(doi.getAttribute('href')).toMatch(/^https:\/\/doi\.org\/10\./);
  });

  it('marks a retracted paper on its own page', async () => {
    renderApp('/resource/panagioti-2018-burnout-safety-meta-retracted');
    expect(await screen.findByText('Retracted.')).toBeVisible();
  });

  it('closes back to the domain and returns focus to the factor’s segment', async () => {
    const { user } = renderApp('/factor/media-portrayal');
    await user.click(screen.getByRole('button', { name: 'Close Media portrayal' }));
    expect(currentUrl.path).toBe('/domain/society-and-culture');
    await nextFrame();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Media portrayal, Society & Culture, factor 4 of 8' }),
    );
  });

  it('renders text from data as text, never as markup', () => {
    const model = smallModel();
    const factor = model.domains[0]!.factors[0]!;
    factor.label = '<img src=x onerror="alert(1)">Sleep';
    factor.description = '<b>bold?</b> javascript:alert(1)';
    renderApp('/factor/sleep', model, { kind: 'file', name: 'mine.json' });
    expect(
      screen.getByRole('heading', { level: 2, name: '<img src=x onerror="alert(1)">Sleep' }),
    ).toBeVisible();
    expect(screen.getByText('<b>bold?</b> javascript:alert(1)')).toBeVisible();
    expect(document.querySelector('img, b')).toBeNull();
  });
});

describe('an unknown id', () => {
  it('shows a friendly not-found with the closest matches', async () => {
    const { user } = renderApp('/factor/wrk-schedule');
    expect(
      await screen.findByRole('heading', { name: 'No factor called “wrk-schedule”' }),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Work schedules' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Work schedules' })).toBeVisible();
  });
});
