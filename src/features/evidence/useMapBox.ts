import { useLayoutEffect, useState, type RefObject } from 'react';
import { heightAboveBelow, roomBeside, type OutcomeInput } from './placement';

/** The smallest circle worth drawing beside the outcomes; smaller, they go above and below. */
const MIN_CIRCLE = 320;
/** The outcomes' type is at least this size beside the circle. */
const SIDE_FONT = 11;

/**
 * How tall the evidence map's box is, so the circle leaves room for the outcomes: beside it
 * where the screen is wide enough (the box is as tall as the page has room for, or shorter, so
 * the circle leaves the sides free), else above and below it (the box is taller than wide, and
 * the page scrolls). Measured from `stage`, the box's full-width frame, and kept current.
 */
export function useMapBox(
  stage: RefObject<HTMLElement | null>,
  outcomes: readonly OutcomeInput[],
  categories: readonly { id: string; label: string }[],
): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const scroller = el.closest('main') ?? document.documentElement;
    const measure = () => {
      const width = el.clientWidth;
      // What is left of the scrolling area below the top of the box.
      const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const room = scroller.clientHeight - (top + scroller.scrollTop) - 16;
      const side = roomBeside(outcomes, categories, SIDE_FONT);
      const circle = Math.min(room, width - 2 * side);
      setHeight(
        circle >= MIN_CIRCLE
          ? Math.floor(circle)
          : heightAboveBelow(outcomes, categories, Math.floor(width)),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [stage, outcomes, categories]);
  return height;
}
