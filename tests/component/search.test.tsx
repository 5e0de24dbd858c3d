import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, renderApp } from './renderApp';

describe('search', () => {
  it('opens with “/”, finds results grouped by kind, and navigates by keyboard', async () => {
    const { user } = renderApp('/');
    await user.keyboard('/');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    const box = within(dialog).getByRole('combobox', {
      name: 'Factors, domains, outcomes and resources',
    });
    expect(box).toHaveFocus();
    await user.type(box, 'EHR');
    const listbox = within(dialog).getByRole('listbox', { name: 'Results' });
    expect(within(listbox).getByRole('group', { name: 'Factors' })).toBeInTheDocument();
    expect(within(listbox).getByRole('group', { name: 'Resources' })).toBeInTheDocument();
    const options = within(listbox).getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^\d+ results$/);

    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(currentUrl.path).toBe('/factor/health-it-and-ehr');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens with Ctrl+K, says when nothing matches, and closes with Escape back where it was', async () => {
    const { user } = renderApp('/factor/autonomy');
    await screen.findByRole('heading', { level: 2, name: 'Autonomy' });
    const launcher = screen.getByRole('button', { name: /^Search/ });
    launcher.focus();
    await user.keyboard('{Control>}k{/Control}');
    const box = await screen.findByRole('combobox', {
      name: 'Factors, domains, outcomes and resources',
    });
    await user.type(box, 'qqqzzzxx');
    expect(screen.getByRole('status')).toHaveTextContent('No results');
    expect(screen.getByText(/Nothing matches/)).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Escape closed the search only; the factor stays selected.
    expect(currentUrl.path).toBe('/factor/autonomy');
    expect(launcher).toHaveFocus();
  });

  it('does not steal “/” from a text field', async () => {
    const { user } = renderApp('/about');
    const field = await screen.findByLabelText('Model address (URL)');
    await user.type(field, 'https://example.org/a/b.json');
    expect(field).toHaveValue('https://example.org/a/b.json');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
