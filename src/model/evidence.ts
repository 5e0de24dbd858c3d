import type { Audience, Grade, Resource, ResourceType } from './types';

// What the first page needs to name the lens and the evidence: the labels, and who a resource
// serves. How evidence is ranked is in ./evidenceLevels.ts, loaded with the panels.

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

export const GRADE_LABELS: Record<Grade, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  emerging: 'Emerging evidence',
};

/** Does a resource serve an audience? Resources for everyone serve every audience. */
export const servesAudience = (r: Resource, audience: Audience) =>
  r.audience.includes(audience) || r.audience.includes('everyone');
