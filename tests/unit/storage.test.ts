import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { safeJsonStorage } from '../../src/store/storage';

/** A minimal in-memory localStorage for the node environment. */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

describe('persisted preferences', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('round-trips what it saves', () => {
    const s = safeJsonStorage<{ viewMode: string }>(() => {});
    s.setItem('k', { state: { viewMode: 'outline' }, version: 1 });
    expect(s.getItem('k')).toEqual({ state: { viewMode: 'outline' }, version: 1 });
  });

  it('writes only when what it saves changes', () => {
    const s = safeJsonStorage<{ viewMode: string }>(() => {});
    const spy = vi.spyOn(storage, 'setItem');
    s.setItem('k', { state: { viewMode: 'outline' }, version: 1 });
    s.setItem('k', { state: { viewMode: 'outline' }, version: 1 });
    s.setItem('k', { state: { viewMode: 'diagram' }, version: 1 });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('reports corrupt data, keeps a copy, and starts from defaults', () => {
    storage.setItem('k', '{"state": {"viewMode": ');
    const onError = vi.fn();
    const s = safeJsonStorage(onError);
    expect(s.getItem('k')).toBeNull();
    expect(onError).toHaveBeenCalledWith(
      expect.stringMatching(/could not be read .*defaults.*"k\.unreadable"/),
    );
    expect(storage.getItem('k.unreadable')).toBe('{"state": {"viewMode": ');
    expect(storage.getItem('k')).toBeNull();
  });

  it('treats valid JSON of the wrong shape as corrupt', () => {
    storage.setItem('k', '"just a string"');
    const onError = vi.fn();
    expect(safeJsonStorage(onError).getItem('k')).toBeNull();
    expect(onError).toHaveBeenCalledOnce();
  });
});
