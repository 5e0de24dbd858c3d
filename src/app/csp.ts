import { MAX_ADDRESS_LENGTH } from '../model/address';
import { FETCH_TIMEOUT_MS, INLINE_REQUEST_GLOBAL, MODEL_REQUEST } from '../model/request';

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

/** What the build's inline script is given: the files it may ask for early. */
export interface GuardAssets {
  /** The sketch's code for a linked model, the entry first (vite.config.ts, sketchChunks). */
  sketchFiles?: readonly string[];
  /** The bundled model's hashed file, e.g. `/assets/model-1a2b.json`. */
  modelFile?: string;
}

/**
 * The one inline script of the built page, allowed by its hash (the build computes it). The build
 * draws the explorer's first screen for `/` into index.html (src/prerender.tsx); on any other
 * address that drawing is the wrong screen, so this hides it before the first paint (src/main.tsx
 * clears it). What else it does happens while the page is still being read:
 * - On `/?model=`, where a linked model is sketched before the app loads (src/app/sketch.ts), it
 *   asks for the sketch's code (`sketchFiles`) rather than one import after another once the
 *   entry runs. If the model is on this site (the rules of src/model/address.ts, which the entry
 *   checks again), it requests the model too, exactly as the app would (src/model/request.ts),
 *   and leaves the request for the entry (src/app/early.ts): the model then arrives alongside
 *   the code instead of after it.
 * - Anywhere else, it asks for the bundled model (`modelFile`), which the app opens first.
 */
export function prerenderGuard({ sketchFiles = [], modelFile }: GuardAssets = {}): string {
  const link =
    "a=(r,f,s)=>{const k=document.createElement('link');k.rel=r;k.href=f;if(s){k.as=s;k.crossOrigin=''}document.head.append(k)}";
  const hide =
    "if(l.pathname!=='/'||l.search)document.documentElement.classList.add('no-prerender');";
  const request = `{...${JSON.stringify(MODEL_REQUEST)},signal:AbortSignal.timeout(${FETCH_TIMEOUT_MS})}`;
  const linked =
    `for(const f of ${JSON.stringify(sketchFiles)})a('modulepreload',f);` +
    "try{const p=new URLSearchParams(l.search).get('model').trim(),u=new URL(p,l.href);" +
    `if(p&&p.length<=${MAX_ADDRESS_LENGTH}&&u.origin===l.origin&&!u.username&&!u.password){` +
    `const r=fetch(u.href,${request});r.catch(()=>{});` +
    `window.${INLINE_REQUEST_GLOBAL}={url:u.href,response:r}}}catch(e){}`;
  const bundled = modelFile ? `a('preload',${JSON.stringify(modelFile)},'fetch')` : '';
  return (
    `{const l=location,${link};${hide}` +
    `if(l.pathname==='/'&&/[?&]model=/.test(l.search)){${linked}}else{${bundled}}}`
  );
}

/** The policy as one header value. */
export const contentSecurityPolicy = (directives: Record<string, string> = CSP_DIRECTIVES) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
