import type { Actor, Audience, FactorOutcomeLink, Grade, Resource, ResourceType } from './types';

/** Evidence levels, strongest first; each resource's level follows from its type. */
export const EVIDENCE_LEVELS = [
  { id: 'synthesis', label: 'Evidence synthesis', types: ['meta-analysis', 'systematic-review'] },
  { id: 'trial', label: 'Randomised trial', types: ['randomised-trial'] },
  { id: 'study', label: 'Observational study', types: ['observational-study'] },
  {
    id: 'expert',
    label: 'Expert consensus or review',
    types: ['consensus-report', 'report', 'discussion-paper', 'review', 'guideline'],
  },
  {
    id: 'practical',
    label: 'Practical resource',
    types: ['toolkit', 'instrument', 'website', 'crisis-line'],
  },
] as const satisfies readonly { id: string; label: string; types: readonly ResourceType[] }[];

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]['id'];

export const TYPE_LABELS: Record<ResourceType, string> = {
  'meta-analysis': 'Meta-analysis',
  'systematic-review': 'Systematic review',
  'randomised-trial': 'Randomised trial',
  'observational-study': 'Observational study',
  review: 'Review',
  'consensus-report': 'Consensus report',
  report: 'Report',
  'discussion-paper': 'Discussion paper',
  guideline: 'Guideline',
  toolkit: 'Toolkit',
  instrument: 'Validated instrument',
  website: 'Website',
  'crisis-line': 'Crisis line',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  physician: 'Physicians',
  nurse: 'Nurses',
  pharmacist: 'Pharmacists',
  dentist: 'Dentists',
  trainee: 'Trainees',
  educator: 'Educators',
  leader: 'Leaders',
  researcher: 'Researchers',
  everyone: 'Everyone',
};

/** Who can act with a practical resource, as the panel and the lens say it. */
export const ACTOR_LABELS: Record<Actor, string> = {
  person: 'For you',
  organisation: 'For your team or organisation',
};

export const GRADE_LABELS: Record<Grade, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  emerging: 'Emerging evidence',
};

/** @example levelOf('randomised-trial') // 'trial' */
export function levelOf(type: ResourceType): EvidenceLevel {
  const level = EVIDENCE_LEVELS.find((l) => (l.types as readonly ResourceType[]).includes(type));
  return level?.id ?? 'expert';
}

export const levelRank = (type: ResourceType) =>
  EVIDENCE_LEVELS.findIndex((l) => l.id === levelOf(type));

export const levelLabel = (type: ResourceType) =>
  EVIDENCE_LEVELS.find((l) => l.id === levelOf(type))?.label ?? '';

/** Research: studies, reviews and reports, as opposed to practical tools. */
export const isResearch = (type: ResourceType) =>
  levelOf(type) !== 'practical' && type !== 'guideline';

/** Practical: something to use, such as a toolkit, guide, instrument or crisis line. */
export const isPractical = (type: ResourceType) =>
  levelOf(type) === 'practical' || type === 'guideline';

/**
 * Strongest evidence first, retracted work last, newer before older within a level.
 * @example rankResources([toolkit, metaAnalysis])[0] === metaAnalysis
 */
export function rankResources<T extends { resource: Resource }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(a.resource.retracted) - Number(b.resource.retracted) ||
      levelRank(a.resource.type) - levelRank(b.resource.type) ||
      (b.resource.year ?? 0) - (a.resource.year ?? 0) ||
      a.resource.title.localeCompare(b.resource.title),
  );
}

/** Does a resource serve an audience? Resources for everyone serve every audience. */
export const servesAudience = (r: Resource, audience: Audience) =>
  r.audience.includes(audience) || r.audience.includes('everyone');

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
 * @example thinEvidence([], [study]) // 'The evidence here is thin: 1 study or review, and …'
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
