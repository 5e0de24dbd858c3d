import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentUrl, nextFrame, renderApp } from './renderApp';

const segment = (name: string) => screen.getByRole('button', { name });

describe('the diagram by keyboard', () => {
  it('has one tab stop, names each segment with its position, and moves with the arrows', async () => {
    const { user } = renderApp('/');
    await user.tab(); // skip link
    await user.tab(); // header title
    const society = segment('Society & Culture, External factors, domain 1 of 7');
    expect(society).toHaveAttribute('tabindex', '0');
    society.focus();

    await user.keyboard('{ArrowUp}');
    await nextFrame();
    expect(document.activeElement).toBe(
      segment(
        "Alignment of societal expectations and clinician's role, Society & Culture, factor 1 of 8",
      ),
    );
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    await nextFrame();
    expect(document.activeElement).toBe(
      segment('Media portrayal, Society & Culture, factor 4 of 8'),
    );
    // Only the focused segment is tabbable.
    expect(
      screen
        .getAllByRole('button')
        .filter((b) => b.closest('svg') && b.getAttribute('tabindex') === '0'),
    ).toHaveLength(1);

    await user.keyboard('{Enter}');
    // The page it opens renders in a transition, and the factor's panel loads on demand.
    await waitFor(() => expect(currentUrl.path).toBe('/factor/media-portrayal'));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Media portrayal' })).toHaveFocus(),
    );

    await user.keyboard('{Escape}');
    await nextFrame();
    expect(currentUrl.path).toBe('/domain/society-and-culture');
    expect(document.activeElement).toBe(
      segment('Media portrayal, Society & Culture, factor 4 of 8'),
    );

    await user.keyboard('{Escape}');
    await nextFrame();
    expect(currentUrl.path).toBe('/');
    expect(document.activeElement).toBe(
      segment('Society & Culture, External factors, domain 1 of 7'),
    );
  });

  it('zooms into a domain with Enter, and the centre zooms back out', async () => {
    const { user } = renderApp('/');
    segment('Personal Factors, Individual factors, domain 6 of 7').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(currentUrl.path).toBe('/domain/personal-factors'));
    // Zoomed: once it lands, only this domain's factors are on show.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Media portrayal/ })).toBeNull(),
    );
    expect(segment('Work-life integration, Personal Factors, factor 12 of 12')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoom out to the whole model' }));
    expect(currentUrl.path).toBe('/');
  });

  it('shows the full name and lights up the domain on hover or focus', async () => {
    const { user } = renderApp('/');
    const factor = segment(
      'Workload, performance, compensation, and value attributed to work elements, Organizational Factors, factor 9 of 9',
    );
    await user.hover(factor);
    expect(document.querySelector('.diagram-tooltip')).toHaveTextContent(
      'Workload, performance, compensation, and value attributed to work elements',
    );
    expect(factor).toHaveClass('is-hovered');
    expect(segment('Organizational Factors, External factors, domain 3 of 7')).toHaveClass(
      'is-related',
    );
    expect(segment('Media portrayal, Society & Culture, factor 4 of 8')).not.toHaveClass(
      'is-related',
    );
    await user.unhover(factor);
    expect(document.querySelector('.diagram-tooltip')).toBeNull();
    act(() => factor.focus());
    expect(document.querySelector('.diagram-tooltip')).toHaveTextContent(/^Workload, performance/);
  });

  it('marks the selection for assistive technology, not only with colour', () => {
    renderApp('/factor/autonomy');
    expect(segment('Autonomy, Learning/Practice Environment, factor 1 of 11')).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(document.querySelector('.selection-outline path[stroke-dasharray]')).not.toBeNull();
  });

  it('shows where you are in a breadcrumb whose steps lead back out', async () => {
    const { user } = renderApp('/factor/autonomy');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Model', 'Learning/Practice Environment', 'Autonomy']);
    expect(within(crumbs).getByText('Autonomy')).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Learning/Practice Environment' }));
    expect(currentUrl.path).toBe('/domain/learning-practice-environment');
  });
});
