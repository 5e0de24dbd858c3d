import { useEffect } from 'react';
import modelUrl from '../../data/model.json?url';
import resourcesUrl from '../../data/resources.json?url';
import { buildIndex } from '../model/indices';
import { fetchJson, loadModelFromUrl, loadResourceLibrary, trustedModel } from '../model/load';
import { buildResourceIndex } from '../model/resourceIndex';
import { useStore, type Loadable } from '../store/store';
import type { ResourceIndex } from '../model/resourceIndex';

export const BUNDLED = 'bundled';

/** Starts fetching the bundled model at once, before React renders, so the two overlap. */
let bundledRequest: ReturnType<typeof fetchJson> | null = null;
export function prefetchBundledModel() {
  bundledRequest ??= fetchJson(modelUrl);
  return bundledRequest;
}

/** Loads the bundled model (validated at build time, so no validator is loaded here). */
export async function loadBundledModel() {
  const { modelLoading, modelLoaded, modelFailed } = useStore.getState();
  modelLoading();
  const json = await prefetchBundledModel();
  bundledRequest = null;
  if (json.ok) modelLoaded({ index: buildIndex(trustedModel(json.value)), source: BUNDLED });
  else modelFailed(json.error);
}

/**
 * Loads a person's own model from a URL. If it fails, the model already on show stays (or the
 * bundled one is loaded), and the error says what went wrong and where.
 */
export async function loadUserModel(url: string) {
  const store = useStore.getState();
  const hadModel = store.model.status === 'ready';
  if (!hadModel) store.modelLoading();
  const result = await loadModelFromUrl(url);
  if (result.ok) {
    useStore.getState().modelLoaded({ index: buildIndex(result.value), source: url });
    return;
  }
  if (!hadModel) await loadBundledModel();
  // Reported last: loading a model clears any earlier report.
  useStore.getState().importFailed(result.error);
}

/**
 * Loads the model a `?model=` parameter names whenever it changes. Without one, whatever model is
 * open stays (a file a person opened, say); the bundled model loads only when none is.
 */
export function useModelSource(modelParam: string | null) {
  useEffect(() => {
    const { model } = useStore.getState();
    if (modelParam === null) {
      if (model.status === 'idle' || model.status === 'error') void loadBundledModel();
      return;
    }
    if (model.status === 'ready' && model.value.source === modelParam) return;
    void loadUserModel(modelParam);
  }, [modelParam]);
}

async function loadResources() {
  const { resources, resourcesLoading, resourcesLoaded, resourcesFailed } = useStore.getState();
  // Several components may ask in the same render: one request serves them all.
  if (resources.status === 'loading' || resources.status === 'ready') return;
  resourcesLoading();
  const result = await loadResourceLibrary(resourcesUrl);
  if (result.ok) resourcesLoaded(buildResourceIndex(result.value));
  else resourcesFailed(result.error);
}

/** The resource library, fetched the first time something needs it (`needed`). */
export function useResourceIndex(needed = true): Loadable<ResourceIndex> {
  const state = useStore((s) => s.resources);
  useEffect(() => {
    if (needed && state.status === 'idle') void loadResources();
  }, [needed, state.status]);
  return state;
}

/** Tries the resource library again after a failure. */
export const retryResources = () => void loadResources();
