import { render, screen, waitFor } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PRERENDER_SIZE, prerenderSize, useSize } from '../../src/diagram/useSize';

const BOX = { width: 640, height: 480 };

/** Shows the size useSize reports for a box that measures BOX. */
function Probe() {
  const ref = useRef<HTMLDivElement | null>(null);
  const size = useSize(ref, { width: 1, height: 1 });
  return (
    <div
      ref={(el) => {
        if (el) el.getBoundingClientRect = () => BOX as DOMRect;
        ref.current = el;
      }}
    >
      {size
        ? `${size.width}×${size.height}${size === PRERENDER_SIZE ? ' (the build’s)' : ''}`
        : 'none'}
    </div>
  );
}

afterEach(() => (prerenderSize.current = null));

describe('the size the diagram is drawn at', () => {
  it('is measured before the first paint when nothing was drawn before', () => {
    render(<Probe />);
    expect(screen.getByText('640×480')).toBeTruthy();
  });

  it('adopting the build’s drawing: its size first, then the measured one, in a transition', async () => {
    prerenderSize.current = PRERENDER_SIZE;
    // Outside act(), so React's scheduler decides when the transition renders, as in a page.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const wasAct = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(container.textContent ?? ''));
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    const root = createRoot(container);
    try {
      root.render(<Probe />);
      await waitFor(() => expect(container.textContent).toBe('640×480'));
      // The build's size was on the page (drawn to scale) until the measured one replaced it.
      expect(seen.filter(Boolean)).toEqual(['800×800 (the build’s)', '640×480']);
      expect(prerenderSize.current).toBeNull();
    } finally {
      observer.disconnect();
      root.unmount();
      container.remove();
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasAct;
    }
  });
});
