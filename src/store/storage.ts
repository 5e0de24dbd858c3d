import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * localStorage for persisted preferences that never throws: unreadable JSON is moved aside (kept
 * under `<key>.unreadable` so nothing is lost) and reported through `onError`, and the app starts
 * from defaults. A browser without storage (private mode, blocked) just forgets.
 */
export function safeJsonStorage<T>(onError: (message: string) => void): PersistStorage<T> {
  const store = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  // The store calls setItem on every change (hover too); only what differs is written.
  const written = new Map<string, string>();
  return {
    getItem(name) {
      const raw = store()?.getItem(name);
      if (raw == null) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<T>;
        if (typeof value !== 'object' || value === null || !('state' in value))
          throw new Error('it has no saved state');
        return value;
      } catch (cause) {
        store()?.setItem(`${name}.unreadable`, raw);
        store()?.removeItem(name);
        const why = cause instanceof Error ? cause.message : String(cause);
        onError(
          `Your saved preferences could not be read (${why}), so the defaults are in use. ` +
            `A copy of what was saved is kept as "${name}.unreadable".`,
        );
        return null;
      }
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      if (written.get(name) === text) return;
      try {
        store()?.setItem(name, text);
        written.set(name, text);
      } catch {
        // Storage full or blocked: preferences live for this visit only.
      }
    },
    removeItem(name) {
      store()?.removeItem(name);
    },
  };
}
