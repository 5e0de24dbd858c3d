/**
 * The Content-Security-Policy of the built app, delivered as a <meta> tag in index.html (see
 * vite.config.ts) and documented in README for hosts that send it as a header. Scripts come only
 * from this site (no inline script at all); a model may be fetched from this site or any https://
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
 * The one inline script of the built page, allowed by its hash. The build draws the explorer's
 * first screen for `/` into index.html (src/prerender.tsx); on any other address that drawing is
 * the wrong screen, so this hides it before the first paint (src/main.tsx clears it).
 */
export const PRERENDER_GUARD =
  "if(location.pathname!=='/'||location.search)document.documentElement.classList.add('no-prerender')";

/** The policy as one header value. */
export const contentSecurityPolicy = (directives: Record<string, string> = CSP_DIRECTIVES) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
