// The build draws the explorer's first screens into the page with this module (see
// scripts/pages.ts): the bundled NAM model at `/` into index.html, and the screens of their own
// (the evidence map, a presentation, reflection) into pages of their own, so each shows before
// any JavaScript has run. The page's script then hydrates it: React adopts the same elements
// (src/start/run.tsx).
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { preloadScreen, Shell } from './App';
import { PRERENDER_SIZE, prerenderSize } from './diagram/useSize';
import { buildIndex } from './model/indices';
import { trustedModel } from './model/load';
import { BUNDLED_ORIGIN } from './model/origin';
import { adoptCurrentAsInitialState, useStore } from './store/store';

/**
 * The markup of the screen at `location` for the bundled model, which the build has already
 * validated. It waits for the screen's own code (a lazy page) to load, so the page holds the
 * screen itself rather than "Loading…".
 */
export async function render(model: unknown, location = '/'): Promise<string> {
  prerenderSize.current = PRERENDER_SIZE;
  const store = useStore.getState();
  store.modelLoaded({ index: buildIndex(trustedModel(model)), origin: BUNDLED_ORIGIN });
  adoptCurrentAsInitialState();
  // A screen of its own is drawn as the page will adopt it: its code loaded first (src/App.tsx).
  await preloadScreen(location);
  const { prelude } = await prerenderToNodeStream(
    <StaticRouter location={location}>
      <Shell />
    </StaticRouter>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  // A part that could not be drawn here is left for the browser, marked (with the error, in a
  // development build): the build stops.
  if (html.includes('<!--$!-->'))
    throw new Error(
      `the screen at ${location} could not be drawn whole: ${html.split('<!--$!-->')[1]?.slice(0, 2000)}`,
    );
  return html;
}
