import { quoteAddress } from '../model/address';
import { useStore } from '../store/store';

/**
 * Problems that did not stop the app: a model that could not be imported (the previous one stays)
 * and preferences that could not be read. Each says what went wrong and where. Loaded only when
 * there is one (./Notices.tsx).
 */
export default function NoticeList() {
  const importError = useStore((s) => s.importError);
  const storageError = useStore((s) => s.storageError);
  const importFailed = useStore((s) => s.importFailed);
  const dismissStorageError = useStore((s) => s.dismissStorageError);
  if (!importError && !storageError) return null;
  return (
    <div className="notices">
      {importError && (
        <div role="alert" className="notice notice--error">
          <p>
            <strong>Could not open {quoteAddress(importError.source)}.</strong>{' '}
            {importError.summary} The model you had stays on show.
          </p>
          {importError.issues.length > 0 && (
            <ul className="issues">
              {importError.issues.slice(0, 20).map((issue, i) => (
                <li key={i}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
              {importError.issues.length > 20 && (
                <li>…and {importError.issues.length - 20} more.</li>
              )}
            </ul>
          )}
          <button type="button" onClick={() => importFailed(null)}>
            Dismiss
          </button>
        </div>
      )}
      {storageError && (
        <div role="status" className="notice notice--warning">
          <p>{storageError}</p>
          <button type="button" onClick={dismissStorageError}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
