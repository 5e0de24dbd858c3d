import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AUDIENCE_LABELS, servesAudience, TYPE_LABELS } from '../model/evidence';
import type { ModelIndex } from '../model/indices';
import type { ResourceIndex } from '../model/resourceIndex';
import type { Actor, Audience, PlanArea, Resource, ResourceType } from '../model/types';
import { useResourceIndex } from './data';

/**
 * The lens the URL holds (`?audience=nurse&type=toolkit&act=person&area=…`), checked against the
 * lists: resources for an audience, of a type, or something to do for the person or the
 * organisation; and the factors that serve one of the action plan's priority areas.
 */
export interface Filters {
  audience: Audience | null;
  type: ResourceType | null;
  act: Actor | null;
  /** A priority area's id as the URL gives it; `planAreaOf` checks it against the model. */
  area: string | null;
  /** Values in the URL that are not known, so the person can be told they were ignored. */
  unknown: string[];
}

/** The query parameters the lens reads, which leave the URL together when it is cleared. */
export const LENS_PARAMS = ['audience', 'type', 'act', 'area'] as const;

const isAudience = (v: string): v is Audience => v in AUDIENCE_LABELS;
const isType = (v: string): v is ResourceType => v in TYPE_LABELS;
/** The lens's choices of something to do, as its menu and its banner name them. */
export const ACT_LABELS: Record<Actor, string> = {
  person: 'Something for you',
  organisation: 'Something for your team',
};

const isActor = (v: string): v is Actor => v in ACT_LABELS;

/** @example parseFilters(new URLSearchParams('audience=nurse')).audience // 'nurse' */
export function parseFilters(params: URLSearchParams): Filters {
  const a = params.get('audience');
  const t = params.get('type');
  const act = params.get('act');
  const unknown: string[] = [];
  if (a && !isAudience(a)) unknown.push(`audience “${a}”`);
  if (t && !isType(t)) unknown.push(`type “${t}”`);
  if (act && !isActor(act)) unknown.push(`“act” value “${act}”`);
  return {
    audience: a && isAudience(a) ? a : null,
    type: t && isType(t) ? t : null,
    act: act && isActor(act) ? act : null,
    area: params.get('area') || null,
    unknown,
  };
}

/** The model's priority area the lens asks for, or null (none asked, or none by that id). */
export const planAreaOf = (model: ModelIndex, f: Filters): PlanArea | null =>
  (f.area && model.model.plan?.areas.find((a) => a.id === f.area)) || null;

/** Does the lens narrow the resources (as opposed to only the factors, by area)? */
export const filtersActive = (f: Filters) => Boolean(f.audience || f.type || f.act);

export const matchesFilters = (r: Resource, f: Filters) =>
  (!f.audience || servesAudience(r, f.audience)) &&
  (!f.type || r.type === f.type) &&
  (!f.act || Boolean(r.practicalFor?.includes(f.act)));

/**
 * The factors the lens fades: those outside the priority area it asks for, and those with no
 * resource that passes its filters. A domain fades too when all of its factors do.
 */
export function factorsWithoutMatch(
  model: ModelIndex,
  resources: ResourceIndex | null,
  f: Filters,
): Set<string> {
  const out = new Set<string>();
  const area = planAreaOf(model, f);
  const narrows = filtersActive(f) && resources;
  for (const factor of model.factors) {
    if (area && !factor.planAreas?.includes(area.id)) out.add(factor.id);
    else if (narrows) {
      const linked = resources.byFactor.get(factor.id) ?? [];
      if (!linked.some(({ resource }) => !resource.retracted && matchesFilters(resource, f)))
        out.add(factor.id);
    }
  }
  for (const d of model.model.domains)
    if (d.factors.every((factor) => out.has(factor.id))) out.add(d.id);
  return out;
}

/** The filters in the URL and, once what they need is loaded, what they fade on the diagram. */
export function useLens(model: ModelIndex) {
  const [params] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const narrows = filtersActive(filters);
  const area = planAreaOf(model, filters);
  const unknownArea = filters.area !== null && !area;
  // Only a lens on resources needs the library on the first screen; otherwise it loads when first
  // used. An area lens reads the model alone.
  const library = useResourceIndex(narrows);
  const ready = library.status === 'ready';
  const dimmed = useMemo(
    () =>
      (narrows && ready) || (area && !narrows)
        ? factorsWithoutMatch(model, ready ? library.value : null, filters)
        : undefined,
    [narrows, ready, area, library, model, filters],
  );
  return { filters, active: narrows || Boolean(area), area, unknownArea, dimmed };
}

/** Removes the lens from the URL, keeping everything else. */
export function useClearFilters() {
  const [, setParams] = useSearchParams();
  return useCallback(
    () =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of LENS_PARAMS) next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
