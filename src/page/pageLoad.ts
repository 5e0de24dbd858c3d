/**
 * Whether the first render of a page has happened. Panels that open after it take focus (the
 * person asked for them); a panel present at page load leaves focus where the browser put it.
 */
export const pageLoad = { settled: false };
