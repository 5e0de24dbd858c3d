import { domainsInGroupOrder, type ModelIndex } from '../../model/indices';
import type { PlayStep } from '../present/steps';
import { ROOM_LIMITS, type Question, type QuestionKind } from './protocol';

/** The room's question kinds as the presenter chooses them and a participant reads them. */
export const KIND_LABELS: Record<QuestionKind, { choice: string; instruction: string }> = {
  mark: {
    choice: 'Drains or sustains',
    instruction: 'For each factor, say whether it drains you or sustains you. Skip any.',
  },
  pick: {
    choice: 'Pick up to three',
    instruction: `Pick up to ${ROOM_LIMITS.picks} that reach into your working day.`,
  },
};

/** What a step asks by default: across the whole model, pick three; on a domain, mark each. */
export const defaultKind = (step: PlayStep | undefined): QuestionKind =>
  step?.kind === 'model' ? 'pick' : 'mark';

const clip = (text: string) =>
  text.length > ROOM_LIMITS.labelLength ? `${text.slice(0, ROOM_LIMITS.labelLength - 1)}…` : text;

/**
 * The room's question for a presentation step: the overview asks across every domain's factors,
 * a domain step about its own, a factor step about that one; the centre, outcomes and help ask
 * nothing. Null too when a model has more factors than one question may hold.
 * @example questionFor(index, domainStep, 'mark')?.id // 'domain-work-environment-mark'
 */
export function questionFor(
  index: ModelIndex,
  step: PlayStep | undefined,
  kind: QuestionKind,
): Question | null {
  if (!step) return null;
  const domains =
    step.kind === 'model'
      ? domainsInGroupOrder(index.model)
      : step.kind === 'domain'
        ? [index.domainById.get(step.targetId ?? '')].filter((d) => d !== undefined)
        : [];
  const factor = step.kind === 'factor' ? index.factorById.get(step.targetId ?? '') : undefined;
  const factors = factor
    ? [
        {
          id: factor.id,
          label: clip(factor.label),
          group: clip(index.domainOfFactor.get(factor.id)?.label ?? ''),
        },
      ]
    : domains.flatMap((d) =>
        d.factors.map((f) => ({ id: f.id, label: clip(f.label), group: clip(d.label) })),
      );
  if (factors.length === 0 || factors.length > ROOM_LIMITS.factors) return null;
  const base = step.kind === 'model' ? 'overview' : `${step.kind}-${step.targetId}`;
  return {
    id: `${base}-${kind}`,
    kind,
    title: clip(step.title),
    factors: factors.map((f) => (f.group ? f : { id: f.id, label: f.label })),
  };
}
