/**
 * What search results are, apart from the engine: the dialog needs these on first open, while the
 * engine (MiniSearch, ./searchIndex.ts) loads behind it.
 */
export type ResultKind = 'factor' | 'domain' | 'outcome' | 'resource';

export interface SearchDoc {
  key: string;
  kind: ResultKind;
  id: string;
  label: string;
  /** Where it sits: a factor's domain, an outcome's category, a resource's year and source. */
  context: string;
  aliases: string;
  text: string;
}

export interface SearchResult {
  kind: ResultKind;
  id: string;
  label: string;
  context: string;
  path: string;
  score: number;
}

export const KIND_ORDER: ResultKind[] = ['factor', 'domain', 'outcome', 'resource'];
export const KIND_LABELS: Record<ResultKind, string> = {
  factor: 'Factors',
  domain: 'Domains',
  outcome: 'Outcomes',
  resource: 'Resources',
};
