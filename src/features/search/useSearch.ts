import { useEffect, useMemo, useState } from 'react';
import { useResourceIndex } from '../../app/data';
import type { ModelIndex } from '../../model/indices';
import type { SearchResult } from './searchKinds';

type Engine = typeof import('./searchIndex');
export const loadEngine = (): Promise<Engine> => import('./searchIndex');

/**
 * Search that is usable before it is ready: returns a function from a query to its results once the
 * engine (MiniSearch) and the index are built, and null until then, so the field can take every
 * key from the first one while they load.
 */
export function useSearch(index: ModelIndex) {
  const library = useResourceIndex();
  const resources = library.status === 'ready' ? library.value : null;
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void loadEngine().then((m) => live && setEngine(m));
    return () => {
      live = false;
    };
  }, []);
  const search = useMemo(
    () => engine && engine.buildSearch(engine.searchDocuments(index, resources)),
    [engine, index, resources],
  );
  const run = useMemo(
    () =>
      search && engine ? (query: string): SearchResult[] => engine.runSearch(search, query) : null,
    [engine, search],
  );
  return { run, resourcesLoading: library.status === 'loading' };
}
