import { useEffect, useState } from 'react';
import { Workbox } from 'workbox-window';
import { whenQuiet, type QuietOptions } from './quiet';
import './offline.css';

/** Offline copies are made after a pause of 3 s in the person's use, or 60 s after load at most. */
export const PRECACHE_WAIT: QuietOptions = { quietMs: 3000, maxWaitMs: 60_000 };

/**
 * Works offline after one visit (a service worker precaches the app, the bundled model and its
 * resources). Says when the app is offline and when an update is ready; the update waits until
 * the person chooses to reload, so a presentation is never reloaded under them.
 */
export default function OfflineStatus() {
  // Online until the page says otherwise (in an effect, so the build's drawing of a screen, made
  // where there is no navigator, matches the page's first render).
  const [online, setOnline] = useState(true);
  const [update, setUpdate] = useState<Workbox | null>(null);
  const [readyOffline, setReadyOffline] = useState(false);

  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    if (!navigator.onLine) off();
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);

  useEffect(() => {
    // Only the built app has a service worker (the dev server and tests do not).
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const wb = new Workbox('/sw.js', { scope: '/' });
    wb.addEventListener('waiting', () => setUpdate(wb));
    wb.addEventListener('installed', (event) => {
      if (!event.isUpdate) setReadyOffline(true);
    });
    // Register once the page has loaded and the person pauses: precaching downloads the whole
    // app (about 2 MB) and keeps both cores of a small machine busy for a moment, which would
    // stutter a zoom or a click the person has just asked for.
    let cancel = () => {};
    const start = () => {
      cancel = whenQuiet(
        () =>
          void wb.register().catch(() => {
            // No service worker (a private window, a strict host): the app still works online.
          }),
        PRECACHE_WAIT,
      );
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      window.removeEventListener('load', start);
      cancel();
    };
  }, []);

  const reload = () => {
    if (!update) return;
    update.addEventListener('controlling', () => location.reload());
    update.messageSkipWaiting();
  };

  return (
    <div className="offline-status" aria-live="polite">
      {!online && (
        <p className="offline-status__note">You are offline. Everything here still works.</p>
      )}
      {readyOffline && online && (
        <p className="offline-status__note offline-status__note--quiet">
          Ready to work offline.{' '}
          <button type="button" className="link-button" onClick={() => setReadyOffline(false)}>
            OK
          </button>
        </p>
      )}
      {update && (
        <p className="offline-status__note">
          A new version is ready.{' '}
          <button type="button" onClick={reload}>
            Reload now
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setUpdate(null)}>
            Later
          </button>
        </p>
      )}
    </div>
  );
}
