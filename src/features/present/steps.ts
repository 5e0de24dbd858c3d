import type { ModelIndex } from '../../model/indices';
import { domainsInGroupOrder } from '../../model/indices';
import type { Presentation } from '../../model/types';

/** What a step shows: the whole model, its centre, its outcomes, where to find help, or one element. */
export type StepKind = 'model' | 'centre' | 'outcomes' | 'help' | 'domain' | 'factor';

/** One step as it plays: what it shows and what is said about it. */
export interface PlayStep {
  key: string;
  kind: StepKind;
  /** The domain or factor it shows, for those kinds. */
  targetId: string | null;
  title: string;
  points: string[];
}

/** The most steps a sequence in a link may ask for; the rest are dropped with a notice. */
export const MAX_SEQUENCE = 40;

const SPECIAL = new Set(['model', 'centre', 'outcomes', 'help']);

/** Turns a step's `focus` into what it shows, or null when the model has no such element. */
function focusOf(index: ModelIndex, focus: string): Pick<PlayStep, 'kind' | 'targetId'> | null {
  if (SPECIAL.has(focus)) return { kind: focus as StepKind, targetId: null };
  const kind = index.kindOf.get(focus);
  if (kind === 'domain' || kind === 'factor') return { kind, targetId: focus };
  return null;
}

/**
 * The steps of a presentation written for this model, leaving out (and naming) any step whose
 * focus the model does not have.
 * @example guidedSteps(index, presentation).steps[0].kind // 'model'
 */
export function guidedSteps(index: ModelIndex, presentation: Pick<Presentation, 'steps'>) {
  const steps: PlayStep[] = [];
  const skipped: string[] = [];
  for (const step of presentation.steps) {
    const focus = focusOf(index, step.focus);
    if (!focus) skipped.push(step.focus);
    else steps.push({ key: step.id, ...focus, title: step.title, points: step.points });
  }
  return { steps, skipped };
}

/**
 * A tour of any model that brings no presentation of its own: overview, centre, each domain with
 * its description, outcomes, help. Its words are the model's own descriptions.
 */
export function defaultSteps(index: ModelIndex): PlayStep[] {
  const { model } = index;
  return [
    {
      key: 'overview',
      kind: 'model',
      targetId: null,
      title: model.title,
      points: [model.description],
    },
    {
      key: 'centre',
      kind: 'centre',
      targetId: null,
      title: model.centre.map((c) => c.label).join(', '),
      points: model.centre.map((c) => c.description),
    },
    ...domainsInGroupOrder(model).map((d) => ({
      key: d.id,
      kind: 'domain' as const,
      targetId: d.id,
      title: d.label,
      points: [d.description],
    })),
    ...(model.outcomes.length
      ? [
          {
            key: 'outcomes',
            kind: 'outcomes' as const,
            targetId: null,
            title: 'Outcomes',
            points: model.outcomeCategories.map(
              (c) =>
                `${c.label}: ${model.outcomes
                  .filter((o) => o.category === c.id)
                  .map((o) => o.label)
                  .join('; ')}.`,
            ),
          },
        ]
      : []),
    { key: 'help', kind: 'help', targetId: null, title: 'Where to find help', points: [] },
  ];
}

/**
 * Reads a sequence from a link (`seq=id,id,…`): ids the model does not have are skipped and named,
 * repeats are kept (a presenter may return to a domain), and more than MAX_SEQUENCE are dropped.
 * @example parseSequence('autonomy,nope', index) // { ids: ['autonomy'], skipped: ['nope'], truncated: false }
 */
export function parseSequence(param: string | null, index: ModelIndex) {
  const raw = (param ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: string[] = [];
  const skipped: string[] = [];
  for (const id of raw.slice(0, MAX_SEQUENCE)) {
    const kind = index.kindOf.get(id);
    if (kind === 'domain' || kind === 'factor') ids.push(id);
    else skipped.push(id);
  }
  return { ids, skipped, truncated: raw.length > MAX_SEQUENCE };
}

/** Writes a sequence for a link. */
export const formatSequence = (ids: readonly string[]) => ids.join(',');

/** A person's own sequence as steps: each domain or factor with its description. */
export function sequenceSteps(index: ModelIndex, ids: readonly string[]): PlayStep[] {
  return ids.map((id, i) => {
    const factor = index.factorById.get(id);
    const domain = factor ? index.domainOfFactor.get(id) : index.domainById.get(id);
    return {
      key: `${i}-${id}`,
      kind: factor ? 'factor' : 'domain',
      targetId: id,
      title: factor ? factor.label : (domain?.label ?? id),
      points: [
        ...(factor && domain ? [`Part of ${domain.label}.`] : []),
        (factor ?? domain)?.description ?? '',
      ].filter(Boolean),
    };
  });
}

/**
 * What the diagram does for a step: which domain it zooms into, and what it dims (everything but
 * the step's part, which stays lit). The spotlight is derived here, never stored.
 */
export function stepView(index: ModelIndex, step: PlayStep | undefined) {
  const all = [...index.model.domains.map((d) => d.id), ...index.factors.map((f) => f.id)];
  if (!step || step.kind === 'model')
    return { zoomedDomainId: null, lit: new Set<string>(), dimmed: new Set<string>() };
  const domain =
    step.kind === 'domain'
      ? index.domainById.get(step.targetId ?? '')
      : step.kind === 'factor'
        ? index.domainOfFactor.get(step.targetId ?? '')
        : undefined;
  const lit = new Set<string>(
    step.kind === 'domain' && domain
      ? [domain.id, ...domain.factors.map((f) => f.id)]
      : step.targetId
        ? [step.targetId]
        : [],
  );
  return {
    zoomedDomainId: domain?.id ?? null,
    lit,
    dimmed: new Set(all.filter((id) => !lit.has(id))),
  };
}

/** The step number in the URL, kept within the steps there are (counting from 1). */
export const stepFrom = (params: URLSearchParams, total: number) =>
  Math.min(Math.max(1, Math.floor(Number(params.get('step')) || 1)), Math.max(1, total));
