import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The element's content size, kept current with a ResizeObserver. It is null until the first
 * measurement (made before the first paint), so nothing is drawn twice at a guessed size.
 */
export function useSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const { width, height } = el.getBoundingClientRect();
      // jsdom and hidden elements measure 0: keep the last real size, or the fallback.
      if (width > 0 && height > 0)
        setSize((s) => (s && s.width === width && s.height === height ? s : { width, height }));
      else setSize((s) => s ?? fallback);
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
    // The fallback is a constant for the caller; measuring again for it is not needed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
  return size;
}
