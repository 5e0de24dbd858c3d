import { holdClicks, requestLinkedModel } from './app/early';
import './styles.css';

// The page's entry, kept small. The build has drawn the first screen of `/` into the page
// (src/prerender.tsx): the browser paints it first, then the app starts (./start.ts) and adopts
// it, replaying any click made before it could answer. Anywhere else the app starts at once.
const prerendered =
  document.getElementById('root')?.firstElementChild &&
  !document.documentElement.classList.contains('no-prerender');
if (prerendered) {
  holdClicks();
  requestAnimationFrame(() => setTimeout(() => void import('./start')));
} else {
  // A model linked on this site is requested at once, and sketched as soon as it has come and
  // passed its checks (./app/sketch.ts), while the app loads; clicks wait for the app.
  if (requestLinkedModel()) {
    holdClicks();
    // The model's checks are fetched alongside the sketch, not after it: they come first. The
    // app starts once the sketch is drawn (or cannot be), so loading React never delays it.
    void Promise.all([import('./app/sketch'), import('./model/open')])
      .then(([m]) => m.sketchEarlyModel())
      .catch(() => undefined)
      .finally(() => void import('./start'));
  } else void import('./start');
}
