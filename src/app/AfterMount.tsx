import { useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => {};

/**
 * Renders its children only in the browser, once the page is React's: parts that need the browser
 * (the service worker's status, the drop target) and that the build-time drawing of the first
 * screen (src/prerender.tsx) leaves out. While React adopts that drawing they stay out too, so
 * the two match; they appear in the render right after.
 */
export function AfterMount({ children }: { children: ReactNode }) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return inBrowser ? children : null;
}
