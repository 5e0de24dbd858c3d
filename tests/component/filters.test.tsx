import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from './renderApp';

describe('resource filters', () => {
  it('narrow a factor’s resources, live in the URL, and fade factors on the diagram', async () => {
    const { user } = renderApp('/factor/work-schedules');
    const resources = await screen.findByRole('region', { name: 'Resources' });
    const before = (await within(resources).findAllByRole('article')).length;

    await user.selectOptions(within(resources).getByLabelText('For'), 'nurse');
    expect(currentUrl.search).toBe('?audience=nurse');
    const after = within(resources).getAllByRole('article');
    expect(after.length).toBeLessThan(before);
    for (const card of after) expect(card).toHaveTextContent(/Nurses|Everyone/);
    expect(within(resources).getByRole('status')).toHaveTextContent(
      `Showing ${after.length} of ${before} resources for nurses.`,
    );

    // The lens: factors with nothing for nurses are faded and say so.
    expect(screen.getByText(/^Lens: Nurses\./)).toBeVisible();
    const faded = screen.getAllByRole('button', { name: /, faded by the lens$/ });
    expect(faded.length).toBeGreaterThan(0);

    await user.selectOptions(within(resources).getByLabelText('Type'), 'toolkit');
    expect(currentUrl.search).toBe('?audience=nurse&type=toolkit');

    await user.click(within(resources).getByRole('button', { name: 'Clear filters' }));
    expect(currentUrl.search).toBe('');
    expect(within(resources).getAllByRole('article')).toHaveLength(before);
    expect(screen.queryAllByRole('button', { name: /, faded by the lens$/ })).toHaveLength(0);
  });

  it('keep the filters while moving around, and explain unknown values in a link', async () => {
    const { user } = renderApp('/?audience=trainee&type=wizardry');
    expect(screen.getByText(/unknown type “wizardry”; it was ignored/)).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: /^Skills & Abilities, Individual factors/ }),
    );
    // The page a click opens follows its paint (src/diagram/Diagram.tsx).
    await waitFor(() => expect(currentUrl.path).toBe('/domain/skills-and-abilities'));
    expect(currentUrl.search).toContain('audience=trainee');
  });

  it('show the role lens in the outline too', async () => {
    const { user } = renderApp('/factor/empathy?audience=dentist');
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    const tree = await screen.findByRole('tree', { name: 'Outline' });
    expect(within(tree).getAllByText('— faded by the lens').length).toBeGreaterThan(0);
  });
});

describe('outcomes and resources', () => {
  it('an outcome lists its linked factors with evidence and reaches a supporting study', async () => {
    const { user } = renderApp('/outcome/medical-errors');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Medical errors and patient safety' }),
    ).toBeVisible();
    const factors = screen.getByRole('region', { name: /^Factors linked to this outcome/ });
    const items = within(factors).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(2);
    expect(items[0]).toHaveTextContent(/(Strong|Moderate|Emerging) evidence/);
    const study = within(items[0]!).getAllByRole('link').at(-1)!;
    expect(study.getAttribute('href')).toMatch(/^\/resource\//);
    await user.click(study);
    // Navigation runs in a transition: the lazy resource panel loads before it commits.
    await waitFor(() => expect(currentUrl.path).toMatch(/^\/resource\//));
    expect(await screen.findByRole('heading', { level: 3, name: 'Cite' })).toBeVisible();
  });

  it('a resource page shows everything about it and what it supports', async () => {
    renderApp('/resource/cimiotti-2012-nurse-burnout-hai');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: /Nurse staffing, burnout, and health care-associated infection/i,
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: /^10\.1016\/j\.ajic\.2012\.02\.029/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.1016/j.ajic.2012.02.029',
    );
    expect(screen.getByRole('region', { name: 'Factors it supports' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Outcomes it supports' })).toBeVisible();
  });

  it('the overview shows how the centre connects, with graded evidence, when asked', async () => {
    const { user } = renderApp('/');
    expect(screen.queryByRole('list', { name: 'How the centre connects' })).toBeNull();
    await user.click(screen.getByText('How the centre connects'));
    const centre = await screen.findByRole('list', { name: 'How the centre connects' });
    expect(within(centre).getAllByRole('listitem')).toHaveLength(2);
    expect(within(centre).getAllByText(/Supported by:/)).toHaveLength(2);
    expect(within(centre).getAllByText(/(Strong|Moderate|Emerging) evidence/)).toHaveLength(2);
  });
});
