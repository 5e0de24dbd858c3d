import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * One query list for the page, made when first needed: React reads the value on every render of
 * the diagram (every frame of a zoom), and making a new list each time costs a style lookup.
 */
let list: MediaQueryList | null = null;
const query = () => (list ??= typeof matchMedia === 'function' ? matchMedia(QUERY) : null);

const subscribe = (onChange: () => void) => {
  const mql = query();
  mql?.addEventListener('change', onChange);
  return () => mql?.removeEventListener('change', onChange);
};

/** True when the person asked their system for less motion; animations then take no time. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
