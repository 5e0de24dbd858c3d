import { parseFilters } from '../../app/lens';
import { servesAudience } from '../../model/evidence';
import type { ModelIndex } from '../../model/indices';
import type { ResourceIndex } from '../../model/resourceIndex';
import type {
  Audience,
  Direction,
  FactorOutcomeLink,
  Grade,
  ResourceType,
} from '../../model/types';

export const GRADES: Grade[] = ['strong', 'moderate', 'emerging'];
export const DIRECTIONS: Direction[] = ['raises', 'lowers', 'protects'];

export interface EvidenceFilters {
  grade: Grade | null;
  direction: Direction | null;
  audience: Audience | null;
  type: ResourceType | null;
}

/** The evidence map's filters, from the URL; unknown values are ignored. */
export function parseEvidenceFilters(params: URLSearchParams): EvidenceFilters {
  const grade = params.get('grade');
  const direction = params.get('direction');
  const { audience, type } = parseFilters(params);
  return {
    grade: GRADES.find((g) => g === grade) ?? null,
    direction: DIRECTIONS.find((d) => d === direction) ?? null,
    audience,
    type,
  };
}

/**
 * The links that pass the filters: grade and direction match, and (for audience and type) at
 * least one supporting resource serves that audience or is of that type.
 */
export function filterLinks(
  links: readonly FactorOutcomeLink[],
  filters: EvidenceFilters,
  resources: ResourceIndex | null,
): FactorOutcomeLink[] {
  return links.filter((l) => {
    if (filters.grade && l.grade !== filters.grade) return false;
    if (filters.direction && l.direction !== filters.direction) return false;
    if (!filters.audience && !filters.type) return true;
    if (!resources) return true;
    return l.resources.some((id) => {
      const r = resources.byId.get(id);
      if (!r) return false;
      return (
        (!filters.audience || servesAudience(r, filters.audience)) &&
        (!filters.type || r.type === filters.type)
      );
    });
  });
}

/** The factors (and their domains) that an outcome's links reach, for lighting them on the diagram. */
export function litByOutcome(
  index: ModelIndex,
  links: readonly FactorOutcomeLink[],
  outcomeId: string,
) {
  const lit = new Set<string>();
  for (const l of links)
    if (l.outcome === outcomeId) {
      lit.add(l.factor);
      const d = index.domainOfFactor.get(l.factor);
      if (d) lit.add(d.id);
    }
  return lit;
}
