import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, preloadScreen } from '../App';
import { PRERENDER_SIZE, prerenderSize } from '../diagram/useSize';
import { adoptCurrentAsInitialState } from '../store/store';
import { loadBundledModel, openEarlyLinkedModel, prefetchBundledModel } from '../app/data';
import { appReady, claimRoot } from './page';

// The app proper, started by the page's entry (src/main.tsx) with startApp(); its code is asked
// for early by the page's inline script (src/start/guard.ts).

/** Tells the page the app is ready, once its first screen has committed. */
function Ready({ children }: { children: ReactNode }) {
  useEffect(appReady, []);
  return children;
}
const app = () => (
  <StrictMode>
    <Ready>
      <App />
    </Ready>
  </StrictMode>
);
/**
 * Starts the app. The build drew the page's screen into it (src/prerender.tsx: `/`, or a screen of
 * its own): React adopts it (hydration), drawing the same: the model already loaded, the diagram at
 * the build's size until it is measured. Elements keep their identity, so focus and scroll stay
 * where the person put them. Where a saved preference draws something else (the outline, say),
 * React redraws the screen. On any other address the drawing was hidden before the first paint
 * (./guard.ts) and is cleared here, unless a linked model's sketch (./sketch.ts) was drawn in its
 * frame meanwhile: that stays until React's first render replaces it.
 */
export function startApp() {
  // Start the model's request before React's first render so the two overlap.
  if (!new URLSearchParams(location.search).has('model')) void prefetchBundledModel();
  const root = document.getElementById('root');
  const html = document.documentElement;
  const sketched = claimRoot();
  if (!sketched && root?.firstElementChild && !html.classList.contains('no-prerender'))
    // With the screen's own code, so React adopts the whole screen at once (src/App.tsx).
    void Promise.all([loadBundledModel(), preloadScreen(location.pathname)]).then(() => {
      // A diagram the build drew is adopted at the build's size; one drawn later is measured.
      if (root.querySelector('[elementtiming^="cwb-diagram-"]'))
        prerenderSize.current = PRERENDER_SIZE;
      adoptCurrentAsInitialState();
      // In a transition, React adopts the page in slices of a few milliseconds, so the page keeps
      // answering (a click made meanwhile is replayed once it is done).
      startTransition(() => {
        hydrateRoot(root, app(), {
          onRecoverableError: (error) => {
            if (import.meta.env.DEV) console.warn('The first screen was redrawn:', error);
          },
        });
      });
    });
  else {
    if (!sketched) {
      root?.replaceChildren();
      html.classList.remove('no-prerender');
    }
    // A model linked on this site was requested as the page started (src/start/page.ts): when it
    // comes within a moment, the app's first render draws it, instead of "Loading" and then it.
    const linked = openEarlyLinkedModel();
    const moment = new Promise((r) => setTimeout(r, 300));
    void (linked ? Promise.race([linked, moment]) : Promise.resolve()).then(() => {
      if (root) createRoot(root).render(app());
    });
  }
}
