import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { servesAudience } from '../../src/model/evidence';
import { buildResourceIndex } from '../../src/model/resourceIndex';
import type { ResourceLibrary } from '../../src/model/types';
import { currentUrl, namModel, renderApp, smallModel } from './renderApp';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

const AREAS = [
  'Create and Sustain Positive Work and Learning Environments and Culture',
  'Invest in Measurement, Assessment, Strategies, and Research',
  'Support Mental Health and Reduce Stigma',
  'Address Compliance, Regulatory, and Policy Barriers for Daily Work',
  'Engage Effective Technology Tools',
  'Institutionalize Well-Being as a Long-Term Value',
  'Recruit and Retain a Diverse and Inclusive Health Workforce',
];

describe('what you can do, in a factor’s panel', () => {
  it('lists something to do for you and for your team or organisation, each opening its resource', async () => {
    const { user } = renderApp('/factor/work-schedules');
    const todo = await screen.findByRole('region', { name: 'What you can do' }, { timeout: 5000 });
    const forYou = within(todo).getByRole('list', { name: 'For you' });
    const forTeams = within(todo).getByRole('list', { name: 'For your team or organisation' });
    expect(within(forYou).getAllByRole('link').length).toBeGreaterThan(0);
    expect(within(forTeams).getAllByRole('link').length).toBeGreaterThan(0);
    const first = within(forTeams).getAllByRole('link')[0]!;
    const title = first.textContent!;
    await user.click(first);
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeVisible();
    await waitFor(() => expect(currentUrl.path).toMatch(/^\/resource\//));
  });

  it('keeps to the audience in the lens where it can, and says when nothing is for them', async () => {
    // A factor whose things to do for the person include none for dentists (found in the data,
    // so the test follows the library as it grows).
    const library = buildResourceIndex(readJson('data/resources.json') as ResourceLibrary);
    const factor = namModel()
      .domains.flatMap((d) => d.factors)
      .find((f) => {
        const todo = (library.byFactor.get(f.id) ?? []).filter(
          ({ resource: r }) => !r.retracted && r.practicalFor?.includes('person'),
        );
        return todo.length > 0 && !todo.some(({ resource: r }) => servesAudience(r, 'dentist'));
      })!;
    renderApp(`/factor/${factor.id}?audience=dentist`);
    const forYou = await screen.findByRole('heading', { level: 4, name: 'For you' });
    const group = forYou.parentElement!;
    expect(within(group).getByText(/Nothing here is written for dentists yet/)).toBeVisible();
    expect(within(group).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('lists five things to do at once, and the rest behind a disclosure', async () => {
    renderApp('/factor/culture-and-leadership');
    const todo = await screen.findByRole('region', { name: 'What you can do' }, { timeout: 5000 });
    const forTeams = within(todo).getByRole('list', { name: 'For your team or organisation' });
    expect(within(forTeams).getAllByRole('listitem')).toHaveLength(5);
    const more = within(todo).getByText(/^\d+ more for your team or organisation$/);
    expect(more.tagName).toBe('SUMMARY');
    expect(more.closest('details')!.querySelectorAll('li').length).toBe(
      Number(/^(\d+)/.exec(more.textContent!)![1]),
    );
  });

  it('names the National Plan’s priority areas the factor serves, as links to Act on it', async () => {
    renderApp('/factor/health-it-and-ehr');
    const link = await screen.findByRole('link', { name: 'Engage Effective Technology Tools' });
    expect(link).toHaveAttribute('href', '/act#technology-tools');
  });

  it('says in words where the evidence on a factor is thin', async () => {
    renderApp('/factor/media-portrayal');
    const resources = await screen.findByRole('region', { name: 'Resources' });
    expect(await within(resources).findByText(/^The evidence here is thin: /)).toBeVisible();
    renderApp('/factor/workload-and-compensation');
    const strong = (await screen.findAllByRole('region', { name: 'Resources' })).at(-1)!;
    await within(strong).findAllByRole('article');
    expect(within(strong).queryByText(/evidence here is thin/)).toBeNull();
  });

  it('shows a resource from this year or last as New, in words', async () => {
    renderApp('/factor/occupational-hazards');
    const resources = await screen.findByRole('region', { name: 'Resources' });
    const cards = await within(resources).findAllByRole('article');
    const now = new Date().getFullYear();
    for (const card of cards) {
      const year = Number(/· (\d{4}) ·/.exec(card.textContent ?? '')?.[1]);
      expect(within(card).queryByText('New') !== null, card.textContent ?? '').toBe(
        year >= now - 1 && year <= now,
      );
    }
  });
});

describe('Act on it', () => {
  // Every area with its factors and resources: a long page for jsdom, so a longer time limit.
  it(
    'lists the seven priority areas word for word, each with its factors and practical resources',
    { timeout: 20_000 },
    async () => {
      renderApp('/act');
      expect(await screen.findByRole('heading', { level: 1, name: 'Act on it' })).toBeVisible();
      expect(
        screen.getByText('The National Plan for Health Workforce Well-Being, area by area'),
      ).toBeVisible();
      expect(screen.getByText(/is not an NAM product/)).toBeVisible();
      const toc = screen.getByRole('navigation', { name: 'Priority areas' });
      expect(
        within(toc)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(AREAS);
      AREAS.forEach((label, i) => {
        const area = screen.getByRole('region', { name: `Priority area ${i + 1}: “${label}”` });
        expect(within(area).getAllByRole('link', { name: /./ }).length).toBeGreaterThan(2);
        expect(within(area).getByRole('heading', { name: /^For you \(\d+\)$/ })).toBeVisible();
        expect(
          within(area).getByRole('heading', { name: /^For your team or organisation \(\d+\)$/ }),
        ).toBeVisible();
      });
    },
  );

  it('shows an area’s factors on the diagram through the URL, and the lens says so', async () => {
    const { user } = renderApp('/act');
    const area = await screen.findByRole('region', {
      name: 'Priority area 5: “Engage Effective Technology Tools”',
    });
    await user.click(within(area).getByRole('link', { name: 'Show these factors on the diagram' }));
    expect(currentUrl.path).toBe('/');
    expect(currentUrl.search).toBe('?area=technology-tools');
    const banner = await screen.findByText(/priority area “Engage Effective/);
    expect(banner.closest('[role="status"]')?.textContent).toMatch(
      /\d+ of 67 factors serve this area; the rest are faded\./,
    );
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(currentUrl.search).toBe('');
  });

  it('says an unknown area in a link was ignored, and fades nothing', async () => {
    renderApp('/?area=nowhere');
    expect(
      await screen.findByText(
        'The link asks for an unknown priority area “nowhere”; it was ignored.',
      ),
    ).toBeVisible();
  });

  it('shows another model’s own plan in its own words, and never as the NAM’s', async () => {
    const model = smallModel();
    model.plan = {
      title: 'Ward plan',
      source: { citation: 'Our ward, 2026.' },
      areas: [{ id: 'rest', label: 'Protect breaks', description: 'Breaks are kept.' }],
    };
    model.domains[0]!.factors[0]!.planAreas = ['rest'];
    renderApp('/act', model, { kind: 'file', name: 'mine.json' });
    expect(await screen.findByText('Ward plan', { selector: 'cite' })).toBeVisible();
    const page = screen.getByRole('heading', { level: 1, name: 'Act on it' }).closest('article')!;
    expect(within(page).queryByText(/National Academy of Medicine/)).toBeNull();
    const area = screen.getByRole('region', { name: 'Priority area 1: “Protect breaks”' });
    expect(
      within(area).getByRole('link', { name: model.domains[0]!.factors[0]!.label }),
    ).toBeVisible();
  });

  it('says plainly when a model names no action plan', async () => {
    renderApp('/act', smallModel(), { kind: 'file', name: 'mine.json' });
    expect(await screen.findByText(/This model names no action plan/)).toBeVisible();
  });
});
