import { Dialog } from './Dialog';
import { shortLink } from './qr';
import { QrCode } from './QrCode';

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
  return (
    <Dialog title="Share this view" onClose={onClose} className="dialog--qr">
      <div className="qr">
        <QrCode link={link} className="qr__code" />
        <div className="qr__text">
          <p>Scan to open this view on your phone, or type:</p>
          <p className="qr__link">{shortLink(link)}</p>
        </div>
      </div>
    </Dialog>
  );
}
