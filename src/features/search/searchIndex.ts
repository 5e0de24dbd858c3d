import MiniSearch from 'minisearch';
import type { ModelIndex } from '../../model/indices';
import type { ResourceIndex } from '../../model/resourceIndex';
import { ACTOR_LABELS } from '../../model/evidenceNotes';
import { paths } from '../../nav/paths';
import { KIND_ORDER, type ResultKind, type SearchDoc, type SearchResult } from './searchKinds';

const PER_KIND: Record<ResultKind, number> = { factor: 8, domain: 4, outcome: 5, resource: 8 };
// Names count most; a hit in a long description or summary counts least.
const BOOST = { label: 4, aliases: 3, context: 1, text: 0.6 };

/** Every searchable thing: the model's domains, factors and outcomes, and the resources. */
export function searchDocuments(model: ModelIndex, resources: ResourceIndex | null): SearchDoc[] {
  const named = (
    kind: 'domain' | 'factor' | 'outcome',
    item: { id: string; label: string; shortLabel?: string | undefined; description: string },
    context: string,
  ): SearchDoc => ({
    key: `${kind}:${item.id}`,
    kind,
    id: item.id,
    label: item.label,
    context,
    aliases: item.shortLabel ?? '',
    text: item.description,
  });
  const docs: SearchDoc[] = [];
  for (const d of model.model.domains) {
    docs.push(named('domain', d, model.groupById.get(d.group)?.label ?? ''));
    for (const f of d.factors) docs.push(named('factor', f, d.label));
  }
  for (const o of model.model.outcomes)
    docs.push(named('outcome', o, model.categoryById.get(o.category)?.label ?? ''));
  for (const r of resources?.all ?? [])
    docs.push({
      key: `resource:${r.id}`,
      kind: 'resource',
      id: r.id,
      label: r.title,
      // Something to do says so first, so "what you can do" (or "for your team") finds it.
      context: `${r.practicalFor?.length ? `What you can do (${r.practicalFor.map((a) => ACTOR_LABELS[a].toLowerCase()).join('; ')}) · ` : ''}${r.authors[0] ?? ''}${r.year ? ` · ${r.year}` : ''} · ${r.venue}`,
      aliases: r.authors.join(' '),
      text: r.summary,
    });
  return docs;
}

/** Builds the typo-tolerant index: prefix matching, and fuzzy matching for words of 4+ letters. */
export function buildSearch(docs: SearchDoc[]) {
  const search = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['label', 'aliases', 'context', 'text'],
    storeFields: ['kind', 'id', 'label', 'context'],
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 0.25 : false),
      combineWith: 'AND',
    },
  });
  search.addAll(docs);
  return search;
}

/**
 * Searches and groups the results by kind, best first within each kind. If every word must match
 * and nothing does, it retries with any word matching, so a long query still finds something.
 * @example runSearch(index, 'EHR')[0] // { kind: 'factor', id: 'health-it-and-ehr', … }
 */
export function runSearch(search: MiniSearch<SearchDoc>, query: string): SearchResult[] {
  const q = query.trim();
  if (!q) return [];
  let hits = search.search(q);
  if (!hits.length) hits = search.search(q, { combineWith: 'OR' });
  const counts = new Map<ResultKind, number>();
  const out: SearchResult[] = [];
  for (const hit of hits) {
    const kind = hit.kind as ResultKind;
    const n = counts.get(kind) ?? 0;
    if (n >= PER_KIND[kind]) continue;
    counts.set(kind, n + 1);
    out.push({
      kind,
      id: hit.id as string,
      label: hit.label as string,
      context: hit.context as string,
      path: paths[kind](hit.id as string),
      score: hit.score,
    });
  }
  return out.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
