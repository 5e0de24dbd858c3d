import { useEffect, useState } from 'react';
import { resourceSliceUrl, useResourceIndex } from '../app/data';
import { fetchJson, type LoadError } from '../model/load';
import type { LinkedResource } from '../model/resourceIndex';
import type { ResourceLibrary } from '../model/types';
import { selectModelIndex, useStore } from '../store/store';

type FactorResources =
  | { status: 'loading' }
  | { status: 'ready'; value: LinkedResource[] }
  | { status: 'error'; error: LoadError };

const slices = new Map<string, Promise<LinkedResource[] | null>>();

/** A factor's slice of the library (scripts/resourceSlices.ts), or null if it cannot be had. */
function loadSlice(factorId: string, url: string): Promise<LinkedResource[] | null> {
  let slice = slices.get(url);
  if (!slice) {
    slice = fetchJson(url).then((json) =>
      json.ok
        ? (json.value as ResourceLibrary).resources.map((resource) => ({
            resource,
            why: resource.factors.find((f) => f.id === factorId)?.why,
          }))
        : null,
    );
    slices.set(url, slice);
  }
  return slice;
}

/**
 * A factor's resources: from the whole library once it is here, and until then from the factor's
 * own small file, asked for first; the library follows it, for the lens and the rest of the app.
 * Without a slice (the dev server, a model with its own library, a factor the bundled library
 * does not know), the library alone.
 */
export function useFactorResources(factorId: string | null): FactorResources {
  // A model with its own library reads that. Any other model's factors are looked up in the
  // bundled library, its slice first: for a factor the library does not know there is none, and
  // the library answers.
  const own = useStore((s) => Boolean(selectModelIndex(s)?.model.resources));
  const url = factorId && !own ? resourceSliceUrl(factorId) : null;
  const [slice, setSlice] = useState<{ url: string; value: LinkedResource[] | null } | null>(null);
  // The library is asked for once there is a factor, and its slice is in (or it has none).
  const sliceDone = factorId !== null && (!url || slice?.url === url);
  const library = useResourceIndex(sliceDone);
  const libraryReady = library.status === 'ready';
  useEffect(() => {
    if (!url || !factorId || libraryReady) return;
    let live = true;
    void loadSlice(factorId, url).then((value) => {
      if (live) setSlice({ url, value });
    });
    return () => {
      live = false;
    };
  }, [url, factorId, libraryReady]);
  if (libraryReady)
    return { status: 'ready', value: factorId ? (library.value.byFactor.get(factorId) ?? []) : [] };
  if (slice?.url === url && slice?.value) return { status: 'ready', value: slice.value };
  if (library.status === 'error') return library;
  return { status: 'loading' };
}
