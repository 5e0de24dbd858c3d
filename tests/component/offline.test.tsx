import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for workbox-window's Workbox: the test says when an update is waiting. */
const workbox = vi.hoisted(() => {
  type Listener = (event: { isUpdate?: boolean }) => void;
  const state = {
    listeners: new Map<string, Listener[]>(),
    skipWaiting: 0,
    registered: 0,
    emit(type: string, event: { isUpdate?: boolean } = {}) {
      for (const l of state.listeners.get(type) ?? []) l(event);
    },
  };
  class Workbox {
    constructor(public url: string) {}
    addEventListener(type: string, listener: Listener) {
      state.listeners.set(type, [...(state.listeners.get(type) ?? []), listener]);
    }
    register() {
      state.registered += 1;
      return Promise.resolve();
    }
    messageSkipWaiting() {
      state.skipWaiting += 1;
    }
  }
  return { state, Workbox };
});
vi.mock('workbox-window', () => ({ Workbox: workbox.Workbox }));

describe('offline status and updates', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    workbox.state.listeners.clear();
    workbox.state.registered = 0;
  });

  it('downloads the app for offline use once the person pauses, not while they use it', async () => {
    vi.stubEnv('PROD', true);
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: {}, onLine: true });
    const { default: OfflineStatus, PRECACHE_WAIT } =
      await import('../../src/features/offline/OfflineStatus');
    vi.useFakeTimers();
    render(<OfflineStatus />);
    // The person clicks and types every second for ten seconds: nothing is downloaded meanwhile.
    for (let i = 0; i < 10; i++) {
      act(() => vi.advanceTimersByTime(1000));
      window.dispatchEvent(new Event(i % 2 ? 'keydown' : 'pointerdown'));
    }
    expect(workbox.state.registered).toBe(0);
    // A pause, then idle time: the service worker is registered, once.
    act(() => vi.advanceTimersByTime(PRECACHE_WAIT.quietMs * 3));
    expect(workbox.state.registered).toBe(1);
    act(() => vi.advanceTimersByTime(PRECACHE_WAIT.maxWaitMs));
    expect(workbox.state.registered).toBe(1);
  });

  it('says when it can work offline and when it is offline', async () => {
    vi.stubEnv('PROD', true);
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: {}, onLine: true });
    const { default: OfflineStatus } = await import('../../src/features/offline/OfflineStatus');
    render(<OfflineStatus />);
    act(() => workbox.state.emit('installed', { isUpdate: false }));
    expect(screen.getByText(/Ready to work offline/)).toBeVisible();
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText('You are offline. Everything here still works.')).toBeVisible();
  });

  it('waits for the person before an update takes over', async () => {
    vi.stubEnv('PROD', true);
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: {}, onLine: true });
    const { default: OfflineStatus } = await import('../../src/features/offline/OfflineStatus');
    const user = userEvent.setup();
    render(<OfflineStatus />);
    act(() => workbox.state.emit('waiting'));
    expect(screen.getByText(/A new version is ready/)).toBeVisible();
    // Nothing happens until asked: a talk is never reloaded under the presenter.
    expect(workbox.state.skipWaiting).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/A new version is ready/)).toBeNull();
    act(() => workbox.state.emit('waiting'));
    await user.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(workbox.state.skipWaiting).toBe(1);
  });
});
