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

/**
 * What a model that is not the app's own is, as the banner and the panels say it (the same words
 * whether the app or the first sketch of a linked model, src/start/sketch.ts, shows them).
 */
export const OWN_MODEL_WORDS = {
  notNam: 'Not the NAM model.',
  unchecked:
    'It is not the National Academy of Medicine’s model, and this app has not checked what it says.',
  back: 'Back to the NAM model',
  attribution: (title: string, origin: Exclude<ModelOrigin, { kind: 'bundled' }>) =>
    `“${shorten(title)}” is a model opened from ${originText(origin)}, not the NAM model; its ` +
    'text is its author’s. For understanding, not diagnosis.',
};
