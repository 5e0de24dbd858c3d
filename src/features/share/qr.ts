import qrcode from 'qrcode-generator';

/**
 * A QR code as one SVG path of dark modules (no markup strings, nothing fetched), with the
 * four-module quiet zone a scanner needs around it.
 * @example qrPath('https://example.org/').size // 33 (version 2: 25 modules, plus the quiet zone)
 */
export function qrPath(text: string, quiet = 4): { size: number; path: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.isDark(row, col)) runs.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
  return { size: n + quiet * 2, path: runs.join('') };
}

/**
 * A link as people read it aloud or type it: no scheme, no trailing slash.
 * @example shortLink('https://cwb.example/factor/autonomy?model=x') // 'cwb.example/factor/autonomy?model=x'
 */
export const shortLink = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
