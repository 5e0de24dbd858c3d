import type { Model } from '../../model/types';

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'moved';

export interface ModelChange {
  kind: ChangeKind;
  what: 'domain' | 'factor';
  /** The id in the first model (removed, renamed, moved) or the second (added). */
  id: string;
  /** The id in the second model, when it is there. */
  otherId?: string;
  label: string;
  /** For renamed: the new name. For moved: the new domain's name. */
  to?: string;
  /** For moved: the old domain's name. */
  from?: string;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Item {
  id: string;
  label: string;
  domain?: string;
  domainLabel?: string;
}

function compareItems(a: Item[], b: Item[], what: 'domain' | 'factor'): ModelChange[] {
  const out: ModelChange[] = [];
  const inB = new Map(b.map((x) => [x.id, x]));
  const unmatchedA: Item[] = [];
  const matchedB = new Set<string>();
  for (const x of a) {
    const y = inB.get(x.id);
    if (!y) {
      unmatchedA.push(x);
      continue;
    }
    matchedB.add(y.id);
    if (norm(x.label) !== norm(y.label))
      out.push({ kind: 'renamed', what, id: x.id, otherId: y.id, label: x.label, to: y.label });
    if (what === 'factor' && x.domain !== y.domain)
      out.push({
        kind: 'moved',
        what,
        id: x.id,
        otherId: y.id,
        label: x.label,
        from: x.domainLabel,
        to: y.domainLabel,
      });
  }
  // Unmatched by id but with the same name: the id changed; treat it as one item, renamed.
  const byLabel = new Map(b.filter((y) => !matchedB.has(y.id)).map((y) => [norm(y.label), y]));
  for (const x of unmatchedA) {
    const y = byLabel.get(norm(x.label));
    if (y) {
      matchedB.add(y.id);
      byLabel.delete(norm(x.label));
      out.push({
        kind: 'renamed',
        what,
        id: x.id,
        otherId: y.id,
        label: x.label,
        to: `${y.label} (id ${y.id})`,
      });
    } else out.push({ kind: 'removed', what, id: x.id, label: x.label });
  }
  for (const y of b)
    if (!matchedB.has(y.id))
      out.push({ kind: 'added', what, id: y.id, otherId: y.id, label: y.label });
  return out;
}

const factorsOf = (m: Model): Item[] =>
  m.domains.flatMap((d) =>
    d.factors.map((f) => ({ id: f.id, label: f.label, domain: d.id, domainLabel: d.label })),
  );

/**
 * What differs between two models: domains and factors added, removed, renamed (same id, new
 * name; or same name, new id) or moved to another domain.
 * @example compareModels(nam, mine).filter((c) => c.kind === 'added')
 */
export function compareModels(a: Model, b: Model): ModelChange[] {
  return [
    ...compareItems(
      a.domains.map((d) => ({ id: d.id, label: d.label })),
      b.domains.map((d) => ({ id: d.id, label: d.label })),
      'domain',
    ),
    ...compareItems(factorsOf(a), factorsOf(b), 'factor'),
  ];
}

/** The changes each side of the comparison shows on its diagram, by element id. */
export function marksFor(
  changes: readonly ModelChange[],
  side: 'a' | 'b',
): Map<string, ChangeKind[]> {
  const out = new Map<string, ChangeKind[]>();
  for (const c of changes) {
    if (side === 'a' && c.kind === 'added') continue;
    if (side === 'b' && c.kind === 'removed') continue;
    const id = side === 'a' ? c.id : (c.otherId ?? c.id);
    out.set(id, [...(out.get(id) ?? []), c.kind]);
  }
  return out;
}
