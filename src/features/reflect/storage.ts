import { createStore, del, get, keys, update } from 'idb-keyval';
import { isLocked, lock, unlockRecord, type Locked, type Unlock } from './crypto';
import { mergeReflections, openReflection, type Reflection } from './format';

/**
 * Where a reflection is kept: one IndexedDB record on this device, `{ rev, body }`, where body is
 * the reflection itself or its passphrase-locked form. `rev` goes up with every write; a write
 * lands only if no other tab wrote in between (else it merges again and retries), so a stale tab
 * never overwrites newer data.
 */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  /** Applies `fn` to the value atomically (one transaction). */
  update(key: string, fn: (old: unknown) => unknown): Promise<void>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export const KEY = 'reflection';
export const ASIDE_PREFIX = 'reflection.unreadable.';

/** The browser's IndexedDB, in a database of its own. */
export function indexedDbStore(): KeyValue {
  const store = createStore('cwb-reflection', 'records');
  return {
    get: (k) => get(k, store),
    update: (k, fn) => update(k, fn, store),
    set: async (k, v) => update(k, () => v, store),
    del: (k) => del(k, store),
    keys: async () => (await keys(store)).map(String),
  };
}

/** A store that lives in memory only: for "don't keep anything on this device", and tests. */
export function memoryStore(): KeyValue {
  const data = new Map<string, unknown>();
  return {
    get: async (k) => structuredClone(data.get(k)),
    update: async (k, fn) => {
      const next = fn(structuredClone(data.get(k)));
      if (next === undefined) data.delete(k);
      else data.set(k, structuredClone(next));
    },
    set: async (k, v) => void data.set(k, structuredClone(v)),
    del: async (k) => void data.delete(k),
    keys: async () => [...data.keys()],
  };
}

interface Stored {
  rev: number;
  body: unknown;
}
const isStored = (raw: unknown): raw is Stored =>
  typeof raw === 'object' &&
  raw !== null &&
  typeof (raw as Stored).rev === 'number' &&
  'body' in raw;

export type Loaded =
  | { status: 'empty' }
  | { status: 'ready'; value: Reflection; rev: number }
  | { status: 'locked'; locked: Locked; rev: number }
  | { status: 'set-aside'; reason: string; keptAs: string };

/**
 * Reads what is stored. Anything unreadable (damaged, foreign, from a newer app) is moved aside
 * under its own key, kept whole, and reported; the person starts afresh and nothing is lost.
 */
export async function loadStored(kv: KeyValue): Promise<Loaded> {
  const raw = await kv.get(KEY);
  if (raw === undefined) return { status: 'empty' };
  if (isStored(raw)) {
    if (isLocked(raw.body)) return { status: 'locked', locked: raw.body, rev: raw.rev };
    const opened = openReflection(raw.body);
    if (opened.ok) return { status: 'ready', value: opened.value, rev: raw.rev };
    return setAside(kv, raw, opened.reason);
  }
  return setAside(kv, raw, 'It is not a reflection saved by this app.');
}

async function setAside(kv: KeyValue, raw: unknown, reason: string): Promise<Loaded> {
  const keptAs = `${ASIDE_PREFIX}${Date.now()}`;
  await kv.set(keptAs, raw);
  await kv.update(KEY, (now) =>
    now === raw || JSON.stringify(now) === JSON.stringify(raw) ? undefined : now,
  );
  return { status: 'set-aside', reason, keptAs };
}

/** Opens a stored or exported body with the key (when it is locked). */
export async function openBody(body: unknown, unlock: Unlock | null) {
  if (isLocked(body)) {
    if (!unlock) return { ok: false as const, reason: 'It is locked with a passphrase.' };
    const opened = await unlockRecord(body, unlock);
    return opened.ok ? openReflection(opened.value) : opened;
  }
  return openReflection(body);
}

/**
 * Saves a reflection, merged with whatever another tab has stored since, and returns what was
 * stored. Locked with the key when there is one.
 */
export async function saveMerged(
  kv: KeyValue,
  value: Reflection,
  unlock: Unlock | null,
): Promise<Reflection> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const raw = await kv.get(KEY);
    const rev = isStored(raw) ? raw.rev : 0;
    let merged = value;
    if (isStored(raw)) {
      const current = await openBody(raw.body, unlock);
      if (current.ok) merged = mergeReflections(current.value, value);
    }
    const body = unlock ? await lock(merged, unlock) : merged;
    let written = false;
    await kv.update(KEY, (now) => {
      const nowRev = isStored(now) ? now.rev : 0;
      if (nowRev !== rev) return now;
      written = true;
      return { rev: rev + 1, body } satisfies Stored;
    });
    if (written) return merged;
  }
  throw new Error('Another tab kept saving at the same moment; your change is still on screen.');
}

/** Replaces whatever is stored (an import, or a change of lock), after the person agreed. */
export async function replaceStored(kv: KeyValue, value: Reflection, unlock: Unlock | null) {
  const body = unlock ? await lock(value, unlock) : value;
  await kv.update(KEY, (now) => ({ rev: (isStored(now) ? now.rev : 0) + 1, body }));
}

/** Removes every trace of a reflection from this device, set-aside copies included. */
export async function deleteEverything(kv: KeyValue) {
  for (const k of await kv.keys()) if (k === KEY || k.startsWith(ASIDE_PREFIX)) await kv.del(k);
}

/** Asks the browser not to clear this site's storage when space runs low. */
export async function askForPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
