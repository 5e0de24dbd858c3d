/**
 * The Content-Security-Policy of the built app, delivered as a <meta> tag in index.html (see
 * scripts/pages.ts) and documented in README for hosts that send it as a header. Scripts come only
 * from this site, but for the one inline script the build allows by its hash (src/start/guard.ts); a model may be fetched from this site or any https://
 * address, which is what `?model=` allows (src/model/address.ts). Styles allow attributes set by
 * script (the tooltip's position) but no other inline CSS sources.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self' https:",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

/**
 * The room server's origin, when the build names one (`VITE_ROOM_SERVER`): `connect-src` then
 * names exactly that origin, nothing wider. Without one, the app calls its own origin ('self').
 * @example roomServerOrigin('http://127.0.0.1:8787/') // 'http://127.0.0.1:8787'
 */
export function roomServerOrigin(address: string | undefined): string | null {
  if (!address) return null;
  const url = new URL(address);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`VITE_ROOM_SERVER must be an http(s) address, not ${address}`);
  return url.origin;
}

/** The policy's directives for a build, with its room server's origin, if any. */
export function cspFor(roomServer: string | undefined): Record<string, string> {
  const origin = roomServerOrigin(roomServer);
  return origin
    ? { ...CSP_DIRECTIVES, 'connect-src': `${CSP_DIRECTIVES['connect-src']} ${origin}` }
    : CSP_DIRECTIVES;
}

/** The policy as one header value. */
export const contentSecurityPolicy = (directives: Record<string, string> = CSP_DIRECTIVES) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
