import { earlyModel, requestLinkedModel } from './model/linked';
import { afterDiagramPainted, domReady, holdClicks } from './start/page';
import './styles.css';

// The page's entry, kept small. The build has drawn the first screen of `/` into the page
// (src/prerender.tsx), and the page's inline script has already asked for the app's code
// (src/start/guard.ts): the browser paints the drawing while that code downloads, then the app
// (./start/run.tsx) adopts it, replaying any click made before it could answer.
//
// A model linked on this site is requested here at once and sketched (./start/sketch.ts) as soon
// as it has come and passed its checks; the app follows the sketch.

// The app starts once the drawing made before it (the build's, or the sketch) is on screen:
// running it before then takes the processor from painting it.
const start = () => void import('./start/run').then((m) => m.startApp());
const html = document.documentElement;
const prerendered =
  html.hasAttribute('data-prerendered') && !html.classList.contains('no-prerender');
const linked = !prerendered && requestLinkedModel();
if (prerendered || linked) holdClicks();
if (linked) {
  // The page's frame, saying a model is being opened, shows as soon as the page is read, so
  // nobody looks at a blank page while the model and the sketch arrive.
  void Promise.all([import('./start/frame'), domReady()]).then(([m]) =>
    m.showLinkedFrame(earlyModel()?.host ?? ''),
  );
  void Promise.all([import('./start/sketch'), import('./model/open')])
    .then(([m]) => m.sketchEarlyModel())
    .then((drawn) => (drawn ? afterDiagramPainted(start) : start()), start);
} else if (prerendered) afterDiagramPainted(start);
else start();
