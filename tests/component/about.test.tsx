import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('the About page', () => {
  it('states the source, that it is not an NAM product, and where to find help', async () => {
    renderApp('/about');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About this explorer' }),
    ).toBeVisible();
    expect(screen.getByText(/is based on the NAM model and is not an NAM product/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'doi:10.31478/201801b' })).toHaveAttribute(
      'href',
      'https://doi.org/10.31478/201801b',
    );
    expect(screen.getByRole('link', { name: /The model on the NAM website/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/nam\.edu\//),
    );
    expect(screen.getByRole('heading', { name: 'For understanding, not diagnosis' })).toBeVisible();
  });
});

describe('crisis support', () => {
  it('is one step away from every screen', async () => {
    for (const path of ['/', '/factor/autonomy', '/about']) {
      const { user, unmount } = renderApp(path);
      await user.click(screen.getByText('Need help now?'));
      const region = screen.getByRole('region', { name: 'Crisis support' });
      expect(within(region).getByText(/call or text 988/)).toBeVisible();
      unmount();
    }
  });
});
