import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; the reflection keeps its data there.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { getInitialState, useStore } from '../../src/store/store';

// Tests run with reduced motion so zooms finish at once.
beforeEach(() => {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: query.includes('prefers-reduced-motion'),
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  );
  localStorage.clear();
  useStore.setState(getInitialState());
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
