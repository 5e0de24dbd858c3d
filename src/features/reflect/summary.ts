import type { ModelIndex } from '../../model/indices';
import { isRating, type Feeling, type Reflection, type Snapshot } from './format';

/** Where a factor sits: in the system around the person, or with the person. */
export type Sits = 'system' | 'person';

export interface Standing {
  factorId: string;
  label: string;
  domainLabel: string;
  feeling: Feeling;
  strength: 1 | 2 | 3;
  sits: Sits;
}

/** A factor's domain group decides where it sits: the model's individual group is the person's. */
export function sitsOf(index: ModelIndex, factorId: string): Sits {
  const domain = index.domainOfFactor.get(factorId);
  const group = domain ? index.groupById.get(domain.group) : undefined;
  return group && /individual|personal/i.test(`${group.id} ${group.label}`) ? 'person' : 'system';
}

/**
 * The strongest drains (or supports), strongest first, split into what sits in the system and what
 * sits with the person. Nothing is scored or totalled.
 */
export function strongest(index: ModelIndex, data: Reflection, feeling: Feeling, limit = 5) {
  const all: Standing[] = [];
  for (const [factorId, entry] of Object.entries(data.entries)) {
    const factor = index.factorById.get(factorId);
    if (!factor || !isRating(entry) || entry.feeling !== feeling) continue;
    all.push({
      factorId,
      label: factor.label,
      domainLabel: index.domainOfFactor.get(factorId)?.label ?? '',
      feeling,
      strength: entry.strength,
      sits: sitsOf(index, factorId),
    });
  }
  all.sort((a, b) => b.strength - a.strength || a.label.localeCompare(b.label));
  return {
    system: all.filter((s) => s.sits === 'system').slice(0, limit),
    person: all.filter((s) => s.sits === 'person').slice(0, limit),
  };
}

/** A rating as a position from −3 (drains a great deal) to +3 (sustains a great deal). */
export const position = (r: { feeling: Feeling; strength: number } | undefined) =>
  !r ? null : r.feeling === 'draining' ? -r.strength : r.feeling === 'sustaining' ? r.strength : 0;

export interface Change {
  factorId: string;
  label: string;
  before: number | null;
  after: number | null;
}

/** What moved between two snapshots, biggest moves first. */
export function compareSnapshots(index: ModelIndex, a: Snapshot, b: Snapshot): Change[] {
  const ids = new Set([...Object.keys(a.ratings), ...Object.keys(b.ratings)]);
  const out: Change[] = [];
  for (const id of ids) {
    const before = position(a.ratings[id]);
    const after = position(b.ratings[id]);
    if (before === after) continue;
    out.push({ factorId: id, label: index.factorById.get(id)?.label ?? id, before, after });
  }
  const size = (c: Change) => Math.abs((c.after ?? 0) - (c.before ?? 0));
  return out.sort((x, y) => size(y) - size(x) || x.label.localeCompare(y.label));
}

/** How a change reads in words, never as a score. */
export function describePosition(p: number | null): string {
  if (p === null) return 'not marked';
  if (p === 0) return 'neutral';
  const how = ['a little', 'quite a lot', 'a great deal'][Math.abs(p) - 1];
  return `${p < 0 ? 'drains' : 'sustains'} ${how}`;
}
