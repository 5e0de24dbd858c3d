import { closestMatches } from '../model/closest';
import type { ModelIndex } from '../model/indices';
import type { Selection } from './selection';

export interface Suggestion {
  kind: 'domain' | 'factor' | 'outcome';
  id: string;
  label: string;
}

/**
 * The closest matches for an address the model does not have, of the kind asked for first, then
 * anything close: three at most. Only the "not found" panel needs them, and loads this with it.
 * @example suggestionsFor(index, { kind: 'not-found', asked: 'factor', id: 'wrk-schedule' })[0].id // 'work-schedules'
 */
export function suggestionsFor(
  index: ModelIndex,
  { asked, id }: Extract<Selection, { kind: 'not-found' }>,
): Suggestion[] {
  const candidates: Suggestion[] = [
    ...index.model.domains.map((d) => ({ kind: 'domain' as const, id: d.id, label: d.label })),
    ...index.factors.map((f) => ({ kind: 'factor' as const, id: f.id, label: f.label })),
    ...index.model.outcomes.map((o) => ({ kind: 'outcome' as const, id: o.id, label: o.label })),
  ];
  const sameKind = candidates.filter((c) => c.kind === asked);
  const query = id.split('/').at(-1) ?? id;
  const suggestions = closestMatches(query, sameKind.length ? sameKind : candidates, 3);
  const more = closestMatches(query, candidates, 3).filter((c) => !suggestions.includes(c));
  return [...suggestions, ...more].slice(0, 3);
}
