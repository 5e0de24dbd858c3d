import { startTransition, useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/** The size the build draws the first diagram at; the drawing scales to its box (a viewBox). */
export const PRERENDER_SIZE: Size = { width: 800, height: 800 };

/**
 * The size to draw at before anything is measured: set by the build-time drawing of the first
 * screen (src/prerender.tsx), and in the browser while React takes that drawing over
 * (src/start/run.tsx), so both draw the same. The first measurement clears it. A drawing of this
 * size scales to its box (src/diagram/Diagram.tsx).
 */
export const prerenderSize: { current: Size | null } = { current: null };

/**
 * The element's content size, kept current with a ResizeObserver. It is null until the first
 * measurement (made before the first paint), so nothing is drawn twice at a guessed size.
 */
export function useSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size | null {
  const [size, setSize] = useState<Size | null>(prerenderSize.current);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The build's drawing already fills its box (it scales): drawing it again at the measured
    // size can wait for a transition, in slices, rather than hold the page for one long task
    // just after React has adopted it.
    const adopted = prerenderSize.current !== null;
    prerenderSize.current = null;
    const read = () => {
      const { width, height } = el.getBoundingClientRect();
      // jsdom and hidden elements measure 0: keep the last real size, or the fallback.
      if (width > 0 && height > 0)
        setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
      else setSize((s) => s ?? fallback);
    };
    if (adopted) startTransition(read);
    else read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
    // The fallback is a constant for the caller; measuring again for it is not needed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
  return size;
}
