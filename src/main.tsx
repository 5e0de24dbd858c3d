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
  requestLinkedModel();
  void import('./start');
}
