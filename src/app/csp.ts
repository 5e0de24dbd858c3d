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
 * The one inline script of the built page, allowed by its hash (the build computes it). The build
 * draws the explorer's first screen for `/` into index.html (src/prerender.tsx); on any other
 * address that drawing is the wrong screen, so this hides it before the first paint (src/main.tsx
 * clears it). On `/?model=`, where a linked model is sketched before the app loads
 * (src/app/sketch.ts), it also asks for the sketch's code (`sketchFiles`, from the build) while
 * the page is still being read, rather than one import after another once the entry runs.
 */
export function prerenderGuard(sketchFiles: readonly string[] = []): string {
  const hide =
    "{const l=location;if(l.pathname!=='/'||l.search){document.documentElement.classList.add('no-prerender');";
  if (!sketchFiles.length) return `${hide}}}`;
  const preload =
    "if(l.pathname==='/'&&/[?&]model=/.test(l.search))" +
    `for(const f of ${JSON.stringify(sketchFiles)}){` +
    "const k=document.createElement('link');k.rel='modulepreload';k.href=f;document.head.append(k)}";
  return `${hide}${preload}}}`;
}

/** The policy as one header value. */
export const contentSecurityPolicy = (directives: Record<string, string> = CSP_DIRECTIVES) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
