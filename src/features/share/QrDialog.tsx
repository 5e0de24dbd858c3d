import { useMemo } from 'react';
import { Dialog } from './Dialog';
import { qrPath, shortLink } from './qr';

/**
 * The current page as a QR code, big enough to scan from the back of a room, with the link
 * written beside it. Made in the browser: nothing is sent anywhere.
 */
export default function QrDialog({
  onClose,
  url = location.href,
}: {
  onClose: () => void;
  url?: string;
}) {
  // A presentation's link opens the explorer at the same place, not the presenter's controls.
  const link = url.replace(/\/present(\/notes)?(?=[?#]|$)/, '/');
  const { size, path } = useMemo(() => qrPath(link), [link]);
  return (
    <Dialog title="Share this view" onClose={onClose} className="dialog--qr">
      <div className="qr">
        <svg
          className="qr__code"
          viewBox={`0 0 ${size} ${size}`}
          role="img"
          aria-label={`QR code for ${shortLink(link)}`}
          shapeRendering="crispEdges"
        >
          <rect width={size} height={size} fill="#ffffff" />
          <path d={path} fill="#000000" />
        </svg>
        <div className="qr__text">
          <p>Scan to open this view on your phone, or type:</p>
          <p className="qr__link">{shortLink(link)}</p>
        </div>
      </div>
    </Dialog>
  );
}
