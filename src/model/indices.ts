import type {
  CentreRing,
  Domain,
  Factor,
  FactorOutcomeLink,
  Group,
  Model,
  Outcome,
  OutcomeCategory,
} from './types';

export type ElementKind = 'centre' | 'group' | 'domain' | 'factor' | 'outcome';

/** Everything the app looks up by id, built once per model. */
export interface ModelIndex {
  model: Model;
  factors: Factor[];
  factorById: Map<string, Factor>;
  domainById: Map<string, Domain>;
  groupById: Map<string, Group>;
  outcomeById: Map<string, Outcome>;
  centreById: Map<string, CentreRing>;
  categoryById: Map<string, OutcomeCategory>;
  domainOfFactor: Map<string, Domain>;
  kindOf: Map<string, ElementKind>;
  linksByFactor: Map<string, FactorOutcomeLink[]>;
  linksByOutcome: Map<string, FactorOutcomeLink[]>;
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item] as const));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Builds the look-up tables for a validated model.
 * @example buildIndex(model).domainOfFactor.get('media-portrayal')?.label // 'Society & Culture'
 */
export function buildIndex(model: Model): ModelIndex {
  const factors = model.domains.flatMap((d) => d.factors);
  const domainOfFactor = new Map<string, Domain>();
  for (const domain of model.domains)
    for (const factor of domain.factors) domainOfFactor.set(factor.id, domain);
  const kindOf = new Map<string, ElementKind>();
  const mark = (kind: ElementKind, items: readonly { id: string }[]) =>
    items.forEach((item) => kindOf.set(item.id, kind));
  mark('centre', model.centre);
  mark('group', model.groups);
  mark('domain', model.domains);
  mark('factor', factors);
  mark('outcome', model.outcomes);
  return {
    model,
    factors,
    factorById: byId(factors),
    domainById: byId(model.domains),
    groupById: byId(model.groups),
    outcomeById: byId(model.outcomes),
    centreById: byId(model.centre),
    categoryById: byId(model.outcomeCategories),
    domainOfFactor,
    kindOf,
    linksByFactor: groupBy(model.links, (l) => l.factor),
    linksByOutcome: groupBy(model.links, (l) => l.outcome),
  };
}

/** The label to draw on a ring: the short one when the data gives it. */
export const displayLabel = (item: { label: string; shortLabel?: string | undefined }) =>
  item.shortLabel ?? item.label;

/** Domains in drawing order, grouped: all domains of the first group, then the next group's. */
export function domainsInGroupOrder(model: Model): Domain[] {
  return model.groups.flatMap((g) => model.domains.filter((d) => d.group === g.id));
}
