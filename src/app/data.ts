import { useEffect, useMemo } from 'react';
import modelUrl from '../../data/model.json?url';
import resourcesUrl from '../../data/resources.json?url';
import { checkModelAddress } from '../model/address';
import { earlyModel, takeEarlyModel } from '../model/linked';
import { buildIndex } from '../model/indices';
import { fetchJson, loadResourceLibrary, trustedModel, type LoadResult } from '../model/load';
import type { OpenRequest } from '../model/open';
import { BUNDLED_ORIGIN, type ModelOrigin } from '../model/origin';
import { buildResourceIndex } from '../model/resourceIndex';
import type { Model } from '../model/types';
import { selectModelIndex, useStore, type Loadable } from '../store/store';
import type { ResourceIndex } from '../model/resourceIndex';

/** Starts fetching the bundled model at once, before React renders, so the two overlap. */
let bundledRequest: ReturnType<typeof fetchJson> | null = null;
export function prefetchBundledModel() {
  bundledRequest ??= fetchJson(modelUrl);
  return bundledRequest;
}

/**
 * Only the newest request for a model may land: each load takes a signal that the next one
 * aborts, so two quick changes of `?model=` never leave the older model on show (and its worker
 * is stopped).
 */
let latest: AbortController | null = null;
function supersede(): AbortSignal {
  latest?.abort();
  latest = new AbortController();
  return latest.signal;
}

/** Links to other sites the person agreed to open in this visit. */
const agreed = new Set<string>();

/** Loads the bundled model (validated at build time, so no validator is loaded here). */
export async function loadBundledModel() {
  const signal = supersede();
  const { modelLoading } = useStore.getState();
  modelLoading();
  const json = await prefetchBundledModel();
  bundledRequest = null;
  if (signal.aborted) return;
  const { modelLoaded, modelFailed } = useStore.getState();
  if (json.ok) modelLoaded({ index: buildIndex(trustedModel(json.value)), origin: BUNDLED_ORIGIN });
  else modelFailed(json.error);
}

/** Opens the early request for a linked model on the page, or says it cannot (null). */
async function openEarly(url: string, signal: AbortSignal): Promise<LoadResult<Model> | null> {
  const result = await takeEarlyModel(url);
  return signal.aborted ? null : result;
}

/** The address of the model being opened from a link, if one is. */
let opening: string | null = null;

/**
 * Opens a person's own model (a link or a file) off the main thread. If it fails, the model
 * already on show stays (or the bundled one is loaded), and the error says what went wrong and
 * where. Resolves with whether it opened; a request overtaken by a newer one resolves false and
 * changes nothing.
 */
async function openOwnModel(request: OpenRequest, origin: ModelOrigin): Promise<boolean> {
  const signal = supersede();
  const store = useStore.getState();
  const hadModel = store.model.status === 'ready';
  if (!hadModel) store.modelLoading();
  opening = request.kind === 'url' ? request.url : null;
  const result: LoadResult<Model> | null =
    (request.kind === 'url' ? await openEarly(request.url, signal) : null) ??
    // The worker's client comes when first needed: most visits open no model of their own.
    (signal.aborted
      ? null
      : await import('../model/openClient').then((m) => m.openUntrusted(request, signal)));
  if (!signal.aborted) opening = null;
  if (!result) return false;
  if (result.ok) {
    useStore.getState().modelLoaded({ index: buildIndex(result.value), origin });
    return true;
  }
  if (!hadModel) await loadBundledModel();
  // Reported last: loading a model clears any earlier report.
  useStore.getState().importFailed(result.error);
  return false;
}

/** Opens a model file the person chose on this device. */
export const openModelFile = (file: File) =>
  openOwnModel({ kind: 'file', file, name: file.name }, { kind: 'file', name: file.name });

/**
 * Opens the model a link on this site names, requested as the page started: the app starts
 * with it when it comes quickly (src/start/run.tsx).
 */
export function openEarlyLinkedModel(): Promise<boolean> | null {
  const early = earlyModel();
  if (!early) return null;
  return openOwnModel(
    { kind: 'url', url: early.url },
    { kind: 'url', url: early.url, host: early.host },
  );
}

/** Goes back to the bundled NAM model from whatever is on show or waiting for consent. */
export function showBundledModel() {
  useStore.getState().askConsent(null);
  void loadBundledModel();
}

/** The person agreed to open a model from another site. */
export function agreeToOpen(url: string, host: string) {
  agreed.add(url);
  useStore.getState().askConsent(null);
  void openOwnModel({ kind: 'url', url }, { kind: 'url', url, host });
}

/**
 * Follows the `?model=` parameter. An address that is not allowed is refused with a reason; one on
 * another site waits for the person's consent; one on this site opens at once. Without the
 * parameter, a model that came from a link gives way to the bundled one; a model opened from a
 * file (which no link names) stays.
 */
export function useModelSource(modelParam: string | null) {
  useEffect(() => {
    const { model, askConsent, importFailed } = useStore.getState();
    const origin = model.status === 'ready' ? model.value.origin : null;
    // Whatever was loading is overtaken; what is on show stays, or the bundled model loads.
    const keepOrBundled = () => (origin ? void supersede() : void loadBundledModel());
    if (modelParam === null) {
      askConsent(null);
      if (origin && origin.kind !== 'url') supersede();
      else void loadBundledModel();
      return;
    }
    const address = checkModelAddress(modelParam, location.href);
    if (!address.ok) {
      askConsent(null);
      // Reported once the model on show is settled: loading a model clears earlier reports.
      const report = () =>
        importFailed({ source: modelParam, summary: address.reason, issues: [] });
      if (origin) {
        supersede();
        report();
      } else void loadBundledModel().then(report);
      return;
    }
    if (origin?.kind === 'url' && origin.url === address.url) return;
    // Already on its way (requested as the page started, src/start/run.tsx).
    if (opening === address.url) return;
    if (!address.sameOrigin && !agreed.has(address.url)) {
      // Nothing from the other site is fetched until the person agrees.
      askConsent({ url: address.url, host: address.host });
      keepOrBundled();
      return;
    }
    askConsent(null);
    void openOwnModel(
      { kind: 'url', url: address.url },
      { kind: 'url', url: address.url, host: address.host },
    );
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

/**
 * The resource library: the model's own when it carries one, else the bundled library, fetched
 * the first time something needs it (`needed`).
 */
export function useResourceIndex(needed = true): Loadable<ResourceIndex> {
  const own = useStore((s) => selectModelIndex(s)?.model.resources);
  const state = useStore((s) => s.resources);
  useEffect(() => {
    if (!own && needed && state.status === 'idle') void loadResources();
  }, [own, needed, state.status]);
  return useMemo(
    () =>
      own
        ? { status: 'ready', value: buildResourceIndex({ schemaVersion: 1, resources: own }) }
        : state,
    [own, state],
  );
}

/**
 * Where the build put a factor's slice of the bundled library (scripts/resourceSlices.ts): in a
 * folder named after the library's file. The dev server has none.
 */
export const resourceSliceUrl = (factorId: string) =>
  import.meta.env.DEV ? null : resourcesUrl.replace(/\.json$/, `/${factorId}.json`);

/** Tries the resource library again after a failure. */
export const retryResources = () => void loadResources();
