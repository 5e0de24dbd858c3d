import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, nextFrame, renderApp } from './renderApp';

describe('the outline view', () => {
  it('shows the selection from the URL, with its branch open', async () => {
    const { user } = renderApp('/factor/autonomy');
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    const tree = await screen.findByRole('tree', { name: 'Outline' });
    const item = within(tree).getByRole('treeitem', { name: 'Autonomy' });
    expect(item).toHaveAttribute('aria-selected', 'true');
    expect(
      within(tree).getByRole('treeitem', { name: /Learning\/Practice Environment/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('can be used instead of the diagram, and the diagram follows', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    const tree = screen.getByRole('tree', { name: 'Outline' });
    const first = within(tree).getByRole('treeitem', { name: /External factors/ });
    first.focus();
    await user.keyboard('{ArrowDown}'); // Society & Culture
    await nextFrame();
    await user.keyboard('{ArrowRight}'); // open it
    await user.keyboard('{ArrowDown}'); // first factor
    await nextFrame();
    // End goes to the last row on show: a closed domain, until it is opened.
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Skills & Abilities');
    await user.keyboard('{ArrowRight}');
    await nextFrame();
    await user.keyboard('{End}');
    await nextFrame();
    expect(document.activeElement).toHaveTextContent('Teamwork skills');
    await user.keyboard('{Enter}');
    expect(currentUrl.path).toBe('/factor/teamwork-skills');
    expect(screen.getByRole('heading', { level: 2, name: 'Teamwork skills' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Diagram' }));
    expect(
      screen.getByRole('button', { name: 'Teamwork skills, Skills & Abilities, factor 11 of 11' }),
    ).toHaveAttribute('aria-current', 'true');
  });

  it('remembers the chosen view across visits', async () => {
    const { user, unmount } = renderApp('/');
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    expect(
      JSON.parse(localStorage.getItem('cwb-explorer:preferences') ?? '{}').state,
    ).toMatchObject({ viewMode: 'outline' });
    unmount();
  });
});
