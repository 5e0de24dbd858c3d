/**
 * Where the model on show came from. Only the bundled model is the app's own; any other is its
 * author's, and the app says so on every screen (src/shell/ProvenanceBanner.tsx).
 */
export type ModelOrigin =
  { kind: 'bundled' } | { kind: 'url'; url: string; host: string } | { kind: 'file'; name: string };

export const BUNDLED_ORIGIN: ModelOrigin = { kind: 'bundled' };

/**
 * Where a model came from, in a few words for a sentence.
 * @example originText({ kind: 'url', url: 'https://example.org/m.json', host: 'example.org' }) // 'example.org'
 * @example originText({ kind: 'file', name: 'team.json' }) // 'the file “team.json”'
 */
export function originText(origin: ModelOrigin): string {
  switch (origin.kind) {
    case 'bundled':
      return 'this app';
    case 'url':
      return origin.host;
    case 'file':
      return `the file “${origin.name}”`;
  }
}

/** Text from a model, cut to a length that fits a banner line. */
export const shorten = (text: string, max = 80) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
