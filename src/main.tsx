import { domReady, earlyModel, holdClicks, requestLinkedModel } from './app/early';
import './styles.css';

// The page's entry, kept small. The build has drawn the first screen of `/` into the page
// (src/prerender.tsx): the browser paints it first, then the app starts (./start.ts) and adopts
// it, replaying any click made before it could answer. A model linked on this site is sketched
// (./app/sketch.ts) before the app starts; anywhere else the app starts at once.

/**
 * Runs `start` once the diagram drawn before the app (the build's, or a linked model's sketch) is
 * on screen: loading React and the app before then takes the processor from painting it.
 * Element Timing says when the diagram's centre label was painted (src/diagram/Label.tsx);
 * where the browser has no Element Timing, the next frame will do, and a second at most in any
 * case (a page opened in the background paints nothing).
 */
function afterDiagramPainted(start: () => void) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  setTimeout(once, 1000);
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
    requestAnimationFrame(() => setTimeout(once));
    return;
  }
  // Element Timing entries carry the element's `elementtiming` name as their identifier.
  const drawn = (e: PerformanceEntry) =>
    (e as PerformanceEntry & { identifier?: string }).identifier?.startsWith('cwb-diagram-');
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntries().some(drawn)) return;
    observer.disconnect();
    setTimeout(once);
  });
  observer.observe({ type: 'element', buffered: true });
}

// The build marks the page that holds its drawing; on any address but `/` its inline script has
// hidden it (src/app/csp.ts). This entry may run before the page is parsed, so it asks no more.
const html = document.documentElement;
const prerendered =
  html.hasAttribute('data-prerendered') && !html.classList.contains('no-prerender');
if (prerendered) {
  holdClicks();
  afterDiagramPainted(() => void import('./start'));
} else {
  // A model linked on this site is requested at once, and sketched as soon as it has come and
  // passed its checks (./app/sketch.ts), while the app loads; clicks wait for the app.
  if (requestLinkedModel()) {
    holdClicks();
    // The model's checks are fetched alongside the sketch, not after it: they come first. The
    // app starts once the sketch is on screen, or at once if there is none to draw, so loading
    // React never delays it.
    const start = () => void import('./start');
    // The page's frame, saying a model is being opened, shows as soon as the page is read, so
    // nobody looks at a blank page while the model and the sketch arrive.
    void Promise.all([import('./app/frame'), domReady()]).then(([m]) =>
      m.showLinkedFrame(earlyModel()?.host ?? ''),
    );
    void Promise.all([import('./app/sketch'), import('./model/open')])
      .then(([m]) => m.sketchEarlyModel())
      .then(
        (drawn) => (drawn ? afterDiagramPainted(start) : start()),
        () => start(),
      );
  } else void import('./start');
}
