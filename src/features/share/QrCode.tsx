import { useMemo } from 'react';
import { qrPath, shortLink } from './qr';

/** A QR code for a link, drawn as one SVG path (nothing fetched, no markup strings). */
export function QrCode({ link, className }: { link: string; className?: string }) {
  const { size, path } = useMemo(() => qrPath(link), [link]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={`QR code for ${shortLink(link)}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
