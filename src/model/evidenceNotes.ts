import { isResearch } from './evidenceLevels';
import type { Actor, FactorOutcomeLink, Resource } from './types';

// What the panels say about the evidence beyond its level: who can act with a practical
// resource, which resources are new, and where the evidence is thin. Kept apart from
// the labels the first page needs for the lens (./evidence.ts), so these load with the panels.

/** Who can act with a practical resource, as the panels say it. */
export const ACTOR_LABELS: Record<Actor, string> = {
  person: 'For you',
  organisation: 'For your team or organisation',
};

/**
 * Is a resource new? Shown as "New" for two years after publication. The library knows only the
 * year, so a resource is new in its year and the year after, never longer than two years.
 * @example isNew({ year: 2025 }, new Date('2026-12-06')) // true
 */
export const isNew = (r: Pick<Resource, 'year'>, now: Date = new Date()) =>
  r.year !== undefined && r.year <= now.getFullYear() && now.getFullYear() - r.year <= 1;

/** Research resources that count as evidence for a factor: studies and reviews, not retracted. */
const counts = (r: Resource) => isResearch(r.type) && !r.retracted;

/**
 * How thin the evidence on a factor is, in one sentence for the panel, or null when it is not:
 * thin when fewer than three studies or reviews bear on it, or when no graded link ties it to an
 * outcome, or when its only links are emerging.
 * @example thinEvidence([], [study]) // 'The evidence here is thin: 1 study or review in this library, and …'
 */
export function thinEvidence(
  links: readonly FactorOutcomeLink[],
  resources: readonly { resource: Resource }[],
): string | null {
  const studies = resources.filter(({ resource }) => counts(resource)).length;
  const emergingOnly = links.length > 0 && links.every((l) => l.grade === 'emerging');
  if (studies >= 3 && links.length > 0 && !emergingOnly) return null;
  const what =
    studies === 0
      ? 'no study or review'
      : `${studies} ${studies === 1 ? 'study or review' : 'studies or reviews'}`;
  const outcome =
    links.length === 0
      ? 'none of it links this factor to an outcome yet'
      : emergingOnly
        ? `its ${links.length === 1 ? 'link' : 'links'} to outcomes ${links.length === 1 ? 'is' : 'are'} graded emerging`
        : `${links.length === 1 ? 'one graded link ties' : `${links.length} graded links tie`} it to outcomes`;
  return `The evidence here is thin: ${what} in this library, and ${outcome}. Read what there is as a lead, not a settled answer.`;
}
