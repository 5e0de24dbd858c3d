import type { Resource, ResourceLibrary } from './types';

export interface LinkedResource {
  resource: Resource;
  /** Why the resource matters here, when the data says. */
  why?: string;
}

export interface ResourceIndex {
  all: Resource[];
  byId: Map<string, Resource>;
  byFactor: Map<string, LinkedResource[]>;
  byOutcome: Map<string, LinkedResource[]>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Look-up tables over the resource library, built once when it first loads. */
export function buildResourceIndex(library: ResourceLibrary): ResourceIndex {
  const index: ResourceIndex = {
    all: library.resources,
    byId: new Map(),
    byFactor: new Map(),
    byOutcome: new Map(),
  };
  for (const resource of library.resources) {
    index.byId.set(resource.id, resource);
    for (const f of resource.factors ?? []) push(index.byFactor, f.id, { resource, why: f.why });
    for (const o of resource.outcomes ?? []) push(index.byOutcome, o, { resource });
  }
  return index;
}

/**
 * A citation line in the common author–year style.
 * @example citation(r) // 'Shanafelt TD, Balch CM, Bechamps G, et al. (2010). Burnout and … Annals of Surgery …'
 */
export function citation(r: Resource): string {
  const authors =
    r.authors.length > 3 ? `${r.authors.slice(0, 3).join(', ')}, et al.` : r.authors.join(', ');
  return `${authors} (${r.year ?? 'n.d.'}). ${r.title}. ${r.venue}.${r.doi ? ` doi:${r.doi}` : ''}`;
}
