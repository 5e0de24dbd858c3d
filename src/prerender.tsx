// The build draws the explorer's first screen (the bundled NAM model at `/`) into index.html with
// this module (see vite.config.ts), so the diagram is on show before any JavaScript has run. The
// page's script then hydrates it: React adopts the same elements (src/start/run.tsx).
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom';
import { Shell } from './App';
import { PRERENDER_SIZE, prerenderSize } from './diagram/useSize';
import { buildIndex } from './model/indices';
import { trustedModel } from './model/load';
import { BUNDLED_ORIGIN } from './model/origin';
import { adoptCurrentAsInitialState, useStore } from './store/store';

/** The first screen's markup for the bundled model, which the build has already validated. */
export function render(model: unknown): string {
  prerenderSize.current = PRERENDER_SIZE;
  const store = useStore.getState();
  store.modelLoaded({ index: buildIndex(trustedModel(model)), origin: BUNDLED_ORIGIN });
  adoptCurrentAsInitialState();
  const html = renderToString(
    <StaticRouter location="/">
      <Shell />
    </StaticRouter>,
  );
  // A part that could not be drawn here leaves a marker with a stack trace: the build stops.
  if (html.includes('<template data-msg'))
    throw new Error(`the first screen could not be drawn whole: ${html.split('data-msg="')[1]}`);
  return html;
}
