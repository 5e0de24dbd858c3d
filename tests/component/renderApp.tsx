import { readFileSync } from 'node:fs';
import { useEffect } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { Shell } from '../../src/App';
import { buildIndex } from '../../src/model/indices';
import { trustedModel } from '../../src/model/load';
import { buildResourceIndex } from '../../src/model/resourceIndex';
import { BUNDLED_ORIGIN, type ModelOrigin } from '../../src/model/origin';
import type { Model, ResourceLibrary } from '../../src/model/types';
import { useStore } from '../../src/store/store';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
export const namModel = () => trustedModel(readJson('data/model.json'));
export const smallModel = () => trustedModel(readJson('tests/fixtures/small-model.json'));

/** The current location, for assertions about the URL. */
export const currentUrl = { path: '', search: '' };
function LocationProbe() {
  const location = useLocation();
  useEffect(() => {
    currentUrl.path = location.pathname;
    currentUrl.search = location.search;
  }, [location]);
  return null;
}

/** Mounts the whole app at a path with the model (and resources) already loaded. */
export function renderApp(
  path: string,
  model: Model = namModel(),
  origin: ModelOrigin = BUNDLED_ORIGIN,
) {
  useStore.setState({
    model: { status: 'ready', value: { index: buildIndex(model), origin } },
    resources: {
      status: 'ready',
      value: buildResourceIndex(readJson('data/resources.json') as ResourceLibrary),
    },
  });
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <Shell />
      <LocationProbe />
    </MemoryRouter>,
  );
  return { user, ...view };
}

/** Waits for the animation frame in which the app moves focus. */
export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
