import { useSyncExternalStore } from 'react';
import {
  deriveKey,
  isLocked,
  lock,
  saltOf,
  unlockRecord,
  type Locked,
  type Unlock,
} from './crypto';
import {
  emptyReflection,
  mergeReflections,
  openReflection,
  type Rating,
  type Reflection,
} from './format';
import {
  askForPersistence,
  deleteEverything,
  indexedDbStore,
  loadStored,
  memoryStore,
  openBody,
  replaceStored,
  saveMerged,
  type KeyValue,
} from './storage';

/**
 * This visit's reflection: what is on screen, how it is kept, and the actions on it. Kept out of
 * the app's shared store on purpose: it is personal data, never in the URL, never in preferences,
 * never sent anywhere.
 */
export type Mode = 'device' | 'locked' | 'none';

export interface ReflectState {
  status: 'loading' | 'ready' | 'locked';
  data: Reflection;
  mode: Mode;
  /** Something to tell the person: data set aside, a file imported, a save that failed. */
  notice: { kind: 'info' | 'error'; text: string } | null;
}

/** The largest reflection file an import will read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

let kv: KeyValue | null = null;
let unlock: Unlock | null = null;
let lockedRecord: Locked | null = null;
/** Before the stored reflection is opened: what the build draws, and what the page adopts. */
const OPENING: ReflectState = {
  status: 'loading',
  data: emptyReflection(''),
  mode: 'device',
  notice: null,
};
let state: ReflectState = OPENING;
const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;
let saving: Promise<unknown> = Promise.resolve();
/** Which visit this is: a save begun before `resetReflectionSession` must not touch the next. */
let visit = 0;

/**
 * Runs a change to what is stored after every save already asked for, one at a time. Without
 * this, "keep nothing" or "delete" could finish first and a save still under way would put the
 * reflection back on the device.
 */
function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  const run = saving.then(fn);
  saving = run.catch(() => undefined);
  return run;
}

const set = (next: Partial<ReflectState>) => {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
};

/** The reflection as it is now, outside React. */
export const readReflection = () => state;

/** The reflection state, for components. */
export const useReflection = () =>
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
    () => OPENING,
  );

/** Opens the stored reflection (once per visit) for this model, and listens to other tabs. */
export async function startReflection(modelId: string, store: KeyValue = indexedDbStore()) {
  if (kv) return;
  kv = store;
  state = { ...state, data: emptyReflection(modelId) };
  void askForPersistence();
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel('cwb-reflect');
    channel.onmessage = () => void refreshFromStore();
  }
  const mine = visit;
  const loaded = await loadStored(kv);
  if (mine !== visit) return;
  if (loaded.status === 'ready') set({ status: 'ready', data: loaded.value });
  else if (loaded.status === 'locked') {
    lockedRecord = loaded.locked;
    set({ status: 'locked', mode: 'locked' });
  } else if (loaded.status === 'set-aside')
    set({
      status: 'ready',
      notice: {
        kind: 'error',
        text: `Your saved reflection could not be read (${loaded.reason}) It is kept aside on this device, untouched, and you can start afresh.`,
      },
    });
  else set({ status: 'ready' });
}

/** Another tab saved: take its changes in, keeping ours. */
async function refreshFromStore() {
  if (!kv || state.mode === 'none' || state.status !== 'ready') return;
  const loaded = await loadStored(kv);
  if (loaded.status === 'ready') set({ data: mergeReflections(state.data, loaded.value) });
  if (loaded.status === 'locked' && unlock) {
    const opened = await openBody(loaded.locked, unlock);
    if (opened.ok) set({ data: mergeReflections(state.data, opened.value) });
  }
}

/** Saves after every change, one save at a time, merged with other tabs' changes. */
function persist() {
  if (!kv) return;
  const mine = visit;
  void inTurn(async () => {
    // The store and lock as they are when this save's turn comes, not when it was asked for.
    const store = kv;
    if (mine !== visit || !store) return;
    try {
      const stored = await saveMerged(store, state.data, unlock);
      if (mine !== visit) return;
      set({ data: mergeReflections(stored, state.data) });
      channel?.postMessage('changed');
    } catch (cause) {
      if (mine !== visit) return;
      set({
        notice: {
          kind: 'error',
          text: `Your last change could not be saved (${cause instanceof Error ? cause.message : cause}). It is still on screen.`,
        },
      });
    }
  });
}

const change = (fn: (d: Reflection) => Reflection) => {
  set({ data: fn(state.data) });
  persist();
};

/** Marks a factor (or clears it with null). */
export function rate(factorId: string, rating: Omit<Rating, 'updatedAt'> | null) {
  const updatedAt = Date.now();
  change((d) => ({
    ...d,
    entries: {
      ...d.entries,
      [factorId]: rating ? { ...rating, updatedAt } : { cleared: true, updatedAt },
    },
  }));
}

export const goToDomain = (domain: number) =>
  change((d) => ({ ...d, position: { domain, updatedAt: Date.now() } }));

/** Completes the walk-through: a dated snapshot of the ratings as they are now. */
export function finishReflection() {
  const ratings: Reflection['snapshots'][number]['ratings'] = {};
  for (const [id, e] of Object.entries(state.data.entries))
    if ('feeling' in e) ratings[id] = { feeling: e.feeling, strength: e.strength };
  const completedAt = Date.now();
  change((d) => ({
    ...d,
    snapshots: [...d.snapshots, { id: `s${completedAt}`, completedAt, ratings }],
  }));
}

export function addPlanItem(text: string, resourceId?: string) {
  const updatedAt = Date.now();
  const id = `p${updatedAt}${Math.random().toString(36).slice(2, 6)}`;
  change((d) => ({
    ...d,
    plan: [
      ...d.plan,
      { id, text: text.slice(0, 500), ...(resourceId ? { resourceId } : {}), updatedAt },
    ],
  }));
}

export const removePlanItem = (id: string) =>
  change((d) => ({
    ...d,
    plan: d.plan.map((p) => (p.id === id ? { ...p, removed: true, updatedAt: Date.now() } : p)),
  }));

/** Opens a locked reflection; a wrong passphrase changes nothing. */
export async function unlockWith(passphrase: string): Promise<string | null> {
  if (!lockedRecord) return null;
  const { salt, iterations } = saltOf(lockedRecord);
  const candidate = await deriveKey(passphrase, salt, iterations);
  const opened = await unlockRecord(lockedRecord, candidate);
  if (!opened.ok) return opened.reason;
  const data = openReflection(opened.value);
  if (!data.ok)
    return `It opened, but ${data.reason.charAt(0).toLowerCase()}${data.reason.slice(1)}`;
  unlock = candidate;
  lockedRecord = null;
  set({ status: 'ready', mode: 'locked', data: mergeReflections(state.data, data.value) });
  return null;
}

/** From now on, what is stored is locked with this passphrase. */
export async function setPassphrase(passphrase: string) {
  if (!kv) return;
  const key = await deriveKey(passphrase);
  await inTurn(async () => {
    unlock = key;
    if (state.mode === 'none') kv = indexedDbStore();
    if (kv) await replaceStored(kv, state.data, unlock);
  });
  set({
    mode: 'locked',
    notice: {
      kind: 'info',
      text: 'What is stored on this device is now locked with your passphrase.',
    },
  });
}

/** Keep on this device without a lock (after a passphrase, or after "don't keep"). */
export async function keepUnlocked() {
  await inTurn(async () => {
    if (state.mode === 'none') kv = indexedDbStore();
    unlock = null;
    if (kv) await replaceStored(kv, state.data, null);
  });
  set({
    mode: 'device',
    notice: { kind: 'info', text: 'Your reflection is kept in this browser, unlocked.' },
  });
}

/** Keep nothing on this device: what was stored is deleted; this visit's answers stay on screen. */
export async function keepNothing() {
  await inTurn(async () => {
    if (kv && state.mode !== 'none') await deleteEverything(kv);
    kv = memoryStore();
    unlock = null;
  });
  set({
    mode: 'none',
    notice: {
      kind: 'info',
      text: 'Nothing is kept on this device now. Your answers disappear when you close this page.',
    },
  });
}

/** Deletes every trace of the reflection from this device and from the screen. */
export async function deleteReflection() {
  await inTurn(async () => {
    if (kv) await deleteEverything(kv);
  });
  lockedRecord = null;
  set({
    status: 'ready',
    mode: state.mode === 'none' ? 'none' : 'device',
    data: emptyReflection(state.data.model),
    notice: { kind: 'info', text: 'Your reflection is deleted from this device.' },
  });
  unlock = null;
}

/** The reflection as a file the person asked for: locked when a passphrase is set. */
export async function exportFile(): Promise<Blob> {
  const body = unlock ? await lock(state.data, unlock) : state.data;
  return new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
}

/**
 * Reads an exported file. A bad file explains itself and changes nothing; a locked one needs its
 * passphrase. What it holds replaces what is on screen (and stored), after the person agreed.
 */
export async function importFile(
  file: Blob,
  passphrase?: string,
): Promise<{ ok: true } | { ok: false; reason: string; needsPassphrase?: boolean }> {
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      reason: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, too large to be a reflection.`,
    };
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    return { ok: false, reason: 'The file is not a reflection: it is not valid JSON.' };
  }
  let fileKey: Unlock | null = null;
  if (isLocked(raw)) {
    if (!passphrase)
      return { ok: false, reason: 'The file is locked with a passphrase.', needsPassphrase: true };
    const { salt, iterations } = saltOf(raw);
    fileKey = await deriveKey(passphrase, salt, iterations);
  }
  const opened = await openBody(raw, fileKey);
  if (!opened.ok) return { ok: false, reason: `The file could not be imported: ${opened.reason}` };
  set({
    data: opened.value,
    status: 'ready',
    notice: { kind: 'info', text: 'Your reflection is imported.' },
  });
  await inTurn(async () => {
    if (kv) await replaceStored(kv, opened.value, unlock);
  });
  channel?.postMessage('changed');
  return { ok: true };
}

export const dismissNotice = () => set({ notice: null });

/** For tests: forget this visit. */
export function resetReflectionSession() {
  visit++;
  channel?.close();
  channel = null;
  kv = null;
  unlock = null;
  lockedRecord = null;
  saving = Promise.resolve();
  state = OPENING;
  listeners.forEach((l) => l());
}

/** Resolves once every change so far is saved. */
export const whenSaved = () => saving;
