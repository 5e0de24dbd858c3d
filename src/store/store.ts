import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { LoadError } from '../model/load';
import type { ModelIndex } from '../model/indices';
import type { ModelOrigin } from '../model/origin';
import type { ResourceIndex } from '../model/resourceIndex';
import { STORAGE_KEY } from './keys';
import { safeJsonStorage } from './storage';

export type ViewMode = 'diagram' | 'outline';

/** Text sizes a presenter can choose for the caption, as multiples of the normal size. */
export const PRESENT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
export type PresentContrast = 'normal' | 'high';

export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: LoadError };

/** The model on show and where it came from: the bundled model, a link or a file. */
export interface LoadedModel {
  index: ModelIndex;
  origin: ModelOrigin;
}

/** A link to a model on another site, waiting for the person to agree to open it. */
export interface ConsentRequest {
  url: string;
  host: string;
}

export interface State {
  /** The segment under the pointer or keyboard focus, for highlighting; never the selection. */
  hoveredId: string | null;
  /** The domain of the hovered segment, so its whole family can light up. */
  hoveredDomainId: string | null;
  /** The diagram's one tab stop (roving tabindex). The selection itself lives in the URL. */
  focusId: string | null;
  /**
   * The segment just clicked or pressed, outlined at once while the page it opens is drawn (the
   * navigation renders in a transition): what the next paint shows of a click.
   */
  selectingId: string | null;
  viewMode: ViewMode;
  /** Presentation preferences, kept for the next workshop. */
  presentScale: number;
  presentContrast: PresentContrast;
  /** Whether the person's own reflection is drawn over the diagram (never stored or shared). */
  reflectionOverlay: boolean;
  model: Loadable<LoadedModel>;
  /** A problem loading a person's own model; the previous model stays on show. */
  importError: LoadError | null;
  /** A model from another site that is not opened until the person agrees. */
  consent: ConsentRequest | null;
  resources: Loadable<ResourceIndex>;
  storageError: string | null;
}

export interface Actions {
  hoverSegment: (id: string | null, domainId?: string | null) => void;
  focusSegment: (id: string | null) => void;
  selectSegment: (id: string | null) => void;
  setViewMode: (mode: ViewMode) => void;
  setPresentScale: (scale: number) => void;
  setPresentContrast: (contrast: PresentContrast) => void;
  setReflectionOverlay: (on: boolean) => void;
  modelLoading: () => void;
  modelLoaded: (model: LoadedModel) => void;
  modelFailed: (error: LoadError) => void;
  importFailed: (error: LoadError | null) => void;
  askConsent: (request: ConsentRequest | null) => void;
  resourcesLoading: () => void;
  resourcesLoaded: (index: ResourceIndex) => void;
  resourcesFailed: (error: LoadError) => void;
  dismissStorageError: () => void;
  reset: () => void;
}

export const getInitialState = (): State => ({
  hoveredId: null,
  hoveredDomainId: null,
  focusId: null,
  selectingId: null,
  viewMode: 'diagram',
  presentScale: 1.25,
  presentContrast: 'normal',
  reflectionOverlay: false,
  model: { status: 'idle' },
  importError: null,
  consent: null,
  resources: { status: 'idle' },
  storageError: null,
});

type Persisted = Pick<State, 'viewMode' | 'presentScale' | 'presentContrast'>;

/** Saved preferences made safe: anything unknown falls back to its default. */
function sanePreferences(p: Partial<Persisted> | undefined): Persisted {
  const initial = getInitialState();
  return {
    viewMode: p?.viewMode === 'outline' ? 'outline' : 'diagram',
    presentScale: PRESENT_SCALES.find((s) => s === p?.presentScale) ?? initial.presentScale,
    presentContrast: p?.presentContrast === 'high' ? 'high' : 'normal',
  };
}

export { STORAGE_KEY };

export const useStore = create<State & Actions>()(
  persist(
    (set) => ({
      ...getInitialState(),
      hoverSegment: (hoveredId, hoveredDomainId = null) => set({ hoveredId, hoveredDomainId }),
      focusSegment: (focusId) => set({ focusId }),
      selectSegment: (selectingId) => set({ selectingId }),
      setViewMode: (viewMode) => set({ viewMode }),
      setPresentScale: (presentScale) => set({ presentScale }),
      setPresentContrast: (presentContrast) => set({ presentContrast }),
      setReflectionOverlay: (reflectionOverlay) => set({ reflectionOverlay }),
      modelLoading: () => set({ model: { status: 'loading' } }),
      modelLoaded: (model) =>
        set({ model: { status: 'ready', value: model }, importError: null, focusId: null }),
      modelFailed: (error) => set({ model: { status: 'error', error } }),
      importFailed: (importError) => set({ importError }),
      askConsent: (consent) => set({ consent }),
      resourcesLoading: () => set({ resources: { status: 'loading' } }),
      resourcesLoaded: (value) => set({ resources: { status: 'ready', value } }),
      resourcesFailed: (error) => set({ resources: { status: 'error', error } }),
      dismissStorageError: () => set({ storageError: null }),
      reset: () => set(getInitialState()),
    }),
    {
      name: STORAGE_KEY,
      version: 2,
      storage: safeJsonStorage<Persisted>((storageError) =>
        // Hydration runs while the store is being created: report on the next tick.
        queueMicrotask(() => useStore.setState({ storageError })),
      ),
      partialize: (state): Persisted => ({
        viewMode: state.viewMode,
        presentScale: state.presentScale,
        presentContrast: state.presentContrast,
      }),
      migrate: (persisted, version): Persisted => {
        const p = (persisted ?? {}) as Partial<Persisted>;
        // Version 0 had no view modes; version 1 no presentation preferences (defaults fill in).
        return sanePreferences(version >= 1 ? p : {});
      },
      merge: (persisted, current) => ({
        ...current,
        ...sanePreferences(persisted as Partial<Persisted> | undefined),
      }),
    },
  ),
);

/** Atomic selectors: each component subscribes to the one value it reads. */
export const selectModelIndex = (s: State) =>
  s.model.status === 'ready' ? s.model.value.index : null;
export const selectModelOrigin = (s: State) =>
  s.model.status === 'ready' ? s.model.value.origin : null;

/**
 * Makes the state as it is now the store's initial state. The build draws the first screen with
 * the bundled model loaded (src/prerender.tsx) and the browser hydrates that drawing
 * (src/start/run.tsx); in both, zustand hands React the store's initial state, so both must see the
 * loaded model there for the two drawings to match.
 */
export function adoptCurrentAsInitialState() {
  Object.assign(useStore.getInitialState(), useStore.getState());
}
