import { useEffect, useState } from 'react';
import { Workbox } from 'workbox-window';
import { whenIdle } from '../../app/idle';

/**
 * Works offline after one visit (a service worker precaches the app, the bundled model and its
 * resources). Says when the app is offline and when an update is ready; the update waits until
 * the person chooses to reload, so a presentation is never reloaded under them.
 */
export default function OfflineStatus() {
  const [online, setOnline] = useState(() => navigator.onLine);
  const [update, setUpdate] = useState<Workbox | null>(null);
  const [readyOffline, setReadyOffline] = useState(false);

  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
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
    // Register once the page is idle, so precaching never competes with the first draw or the
    // first interactions.
    const start = () =>
      whenIdle(
        () =>
          void wb.register().catch(() => {
            // No service worker (a private window, a strict host): the app still works online.
          }),
        2000,
      );
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
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
