import { lazy, Suspense, useState } from 'react';

const ShareDialog = lazy(() => import('./ShareDialog'));

/** The header's Share button: the dialog (QR code, export, embed, print) loads when it is pressed. */
export function ShareButton() {
  const [sharing, setSharing] = useState(false);
  return (
    <>
      <button type="button" className="header-button" onClick={() => setSharing(true)}>
        Share
      </button>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </>
  );
}
