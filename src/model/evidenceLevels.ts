import type { Resource, ResourceType } from './types';

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
