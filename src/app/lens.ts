import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AUDIENCE_LABELS, servesAudience, TYPE_LABELS } from '../model/evidence';
import type { ModelIndex } from '../model/indices';
import type { ResourceIndex } from '../model/resourceIndex';
import type { Audience, Resource, ResourceType } from '../model/types';
import { useResourceIndex } from './data';

/** The resource filters the URL holds (`?audience=nurse&type=toolkit`), checked against the lists. */
export interface Filters {
  audience: Audience | null;
  type: ResourceType | null;
  /** Values in the URL that are not known, so the person can be told they were ignored. */
  unknown: string[];
}

const isAudience = (v: string): v is Audience => v in AUDIENCE_LABELS;
const isType = (v: string): v is ResourceType => v in TYPE_LABELS;

/** @example parseFilters(new URLSearchParams('audience=nurse')).audience // 'nurse' */
export function parseFilters(params: URLSearchParams): Filters {
  const a = params.get('audience');
  const t = params.get('type');
  const unknown: string[] = [];
  if (a && !isAudience(a)) unknown.push(`audience “${a}”`);
  if (t && !isType(t)) unknown.push(`type “${t}”`);
  return {
    audience: a && isAudience(a) ? a : null,
    type: t && isType(t) ? t : null,
    unknown,
  };
}

export const filtersActive = (f: Filters) => Boolean(f.audience || f.type);

export const matchesFilters = (r: Resource, f: Filters) =>
  (!f.audience || servesAudience(r, f.audience)) && (!f.type || r.type === f.type);

/** Factors with no resource that passes the filters: the role lens fades them. */
export function factorsWithoutMatch(
  model: ModelIndex,
  resources: ResourceIndex,
  f: Filters,
): Set<string> {
  const out = new Set<string>();
  for (const factor of model.factors) {
    const linked = resources.byFactor.get(factor.id) ?? [];
    if (!linked.some(({ resource }) => !resource.retracted && matchesFilters(resource, f)))
      out.add(factor.id);
  }
  // A domain fades too when none of its factors match.
  for (const d of model.model.domains)
    if (d.factors.every((factor) => out.has(factor.id))) out.add(d.id);
  return out;
}

/** The filters in the URL and, once resources are loaded, what they fade on the diagram. */
export function useLens(model: ModelIndex) {
  const [params] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const active = filtersActive(filters);
  // Only a lens needs the library on the first screen; otherwise it loads when first used.
  const library = useResourceIndex(active);
  const dimmed = useMemo(
    () =>
      active && library.status === 'ready'
        ? factorsWithoutMatch(model, library.value, filters)
        : undefined,
    [active, library, model, filters],
  );
  return { filters, active, dimmed };
}

/** Removes the resource filters from the URL, keeping everything else. */
export function useClearFilters() {
  const [, setParams] = useSearchParams();
  return useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('audience');
          next.delete('type');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
