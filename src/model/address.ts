/**
 * Which addresses may load a model. A `?model=` link can come from anyone, so only two kinds are
 * allowed: addresses on this site, and https:// addresses elsewhere (which the person must agree
 * to open first). `data:`, `javascript:`, `blob:`, `file:` and plain `http:` from another site are
 * refused with a message that says why.
 */
export type ModelAddress =
  | {
      ok: true;
      /** The absolute address to fetch. */
      url: string;
      /** The host to name to the person, e.g. "example.org". */
      host: string;
      /** On this site: opens without asking. Elsewhere: only once the person agrees. */
      sameOrigin: boolean;
    }
  | { ok: false; reason: string };

/** Longer than any real address; a longer one is most likely a whole file squeezed into a link. */
export const MAX_ADDRESS_LENGTH = 2000;

const refuse = (reason: string): ModelAddress => ({ ok: false, reason });

/** An address as the person can read it in a message: quoted, and cut short if long. */
export function quoteAddress(raw: string, max = 80): string {
  const oneLine = raw.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine}”`;
}

/**
 * Checks an address given for a model against the page's own address.
 * @example checkModelAddress('/models/team.json', 'https://app.example/').ok // true
 * @example checkModelAddress('https://example.org/m.json', 'https://app.example/') // { ok: true, host: 'example.org', sameOrigin: false, … }
 * @example checkModelAddress('data:application/json,{}', 'https://app.example/').ok // false
 */
export function checkModelAddress(raw: string, pageUrl: string): ModelAddress {
  const text = raw.trim();
  if (!text) return refuse('The model address is empty.');
  if (text.length > MAX_ADDRESS_LENGTH)
    return refuse(
      `The model address is ${text.length.toLocaleString('en-US')} characters long; ` +
        `addresses of more than ${MAX_ADDRESS_LENGTH.toLocaleString('en-US')} are refused.`,
    );
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(text, page);
  } catch {
    return refuse(`${quoteAddress(text)} is not a web address.`);
  }
  const scheme = url.protocol;
  if (scheme !== 'https:' && scheme !== 'http:')
    return refuse(
      `“${scheme}” addresses cannot open a model. ` +
        'Only https:// addresses, or addresses on this site, can.',
    );
  if (url.username || url.password)
    return refuse('Addresses with a user name or password in them cannot open a model.');
  const sameOrigin = url.origin === page.origin;
  if (!sameOrigin && scheme !== 'https:')
    return refuse(
      `A model from another site must come from an https:// address; ${quoteAddress(text)} is not one.`,
    );
  return { ok: true, url: url.href, host: url.host, sameOrigin };
}
