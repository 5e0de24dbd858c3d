import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { appReady, holdClicks } from '../../src/start/page';
import { currentUrl, renderApp } from './renderApp';

describe('a click on the diagram', () => {
  it('outlines the segment at once and opens its page right after', async () => {
    renderApp('/');
    const segment = screen.getByRole('button', { name: /^Autonomy, / });
    fireEvent.click(segment);
    // The outline is in the same render as the click; the page follows in a transition.
    const outline = document.querySelector('.selection-outline path');
    expect(outline?.getAttribute('d')).toBe(segment.querySelector('path')?.getAttribute('d'));
    await waitFor(() => expect(currentUrl.path).toBe('/factor/autonomy'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Autonomy' })).toBeVisible();
    expect(document.querySelectorAll('.selection-outline')).toHaveLength(1);
  });
});

describe('clicks before the app is ready', () => {
  it('are held, then replayed on the element they were made on once it is', () => {
    const button = document.createElement('button');
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    document.body.append(button);
    holdClicks();
    button.click();
    expect(clicked).not.toHaveBeenCalled();
    expect(performance.getEntriesByName('cwb:app-ready')).toHaveLength(0);
    appReady();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(performance.getEntriesByName('cwb:app-ready')).toHaveLength(1);
    // Once ready, clicks go straight through.
    button.click();
    expect(clicked).toHaveBeenCalledTimes(2);
    button.remove();
  });

  it('go to what is drawn at the same point when the element clicked has been replaced', async () => {
    const sketch = document.createElement('button');
    document.body.append(sketch);
    const drawn = document.createElement('button');
    const clicked = vi.fn();
    drawn.addEventListener('click', clicked);
    const at = vi.fn((x: number, y: number) => (x === 120 && y === 80 ? drawn : null));
    document.elementFromPoint = at;
    holdClicks();
    fireEvent.click(sketch, { clientX: 120, clientY: 80 });
    // The app replaces the sketch with its own drawing, then says it is ready.
    sketch.remove();
    document.body.append(drawn);
    appReady();
    await waitFor(() => expect(clicked).toHaveBeenCalledTimes(1));
    expect(at).toHaveBeenCalledWith(120, 80);
    drawn.remove();
  });
});
