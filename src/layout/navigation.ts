import type { ModelIndex } from '../model/indices';
import { domainsInGroupOrder } from '../model/indices';

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const isNavigationKey = (key: string): key is NavigationKey =>
  ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);

/** The ids on each ring, in reading order, as a person at the keyboard meets them. */
export interface Rings {
  domains: string[];
  factors: string[];
}

/** What the keyboard can reach: when zoomed into a domain, only that domain's factors are shown. */
export function keyboardRings(index: ModelIndex, zoomedDomainId: string | null): Rings {
  const domains = domainsInGroupOrder(index.model);
  const zoomed = zoomedDomainId ? index.domainById.get(zoomedDomainId) : undefined;
  return {
    domains: domains.map((d) => d.id),
    factors: (zoomed ? [zoomed] : domains).flatMap((d) => d.factors.map((f) => f.id)),
  };
}

const step = (list: string[], id: string, delta: number) => {
  const i = list.indexOf(id);
  return list[(i + delta + list.length) % list.length] ?? id;
};

export type Move = { focus: string } | { navigateToDomain: string } | null;

/**
 * Where an arrow key goes from the focused segment. Left/Right go round a ring, Up goes out
 * (domain to its first factor), Down goes in (factor to its domain), Home/End jump to the ends.
 * On the domain ring of a zoomed view, Left/Right zoom to the neighbouring domain.
 * @example nextFocus(index, rings, 'media-portrayal', 'ArrowDown', null) // { focus: 'society-and-culture' }
 */
export function nextFocus(
  index: ModelIndex,
  rings: Rings,
  currentId: string,
  key: NavigationKey,
  zoomedDomainId: string | null,
): Move {
  const kind = index.kindOf.get(currentId);
  if (kind === 'factor') {
    const list = rings.factors;
    switch (key) {
      case 'ArrowRight':
        return { focus: step(list, currentId, 1) };
      case 'ArrowLeft':
        return { focus: step(list, currentId, -1) };
      case 'Home':
        return list[0] ? { focus: list[0] } : null;
      case 'End':
        return list.at(-1) ? { focus: list.at(-1) as string } : null;
      case 'ArrowDown': {
        const domain = index.domainOfFactor.get(currentId);
        return domain ? { focus: domain.id } : null;
      }
      case 'ArrowUp':
        return null;
    }
  }
  if (kind === 'domain') {
    const list = rings.domains;
    const sideways = (delta: number) => {
      const next = step(list, currentId, delta);
      return zoomedDomainId ? { navigateToDomain: next } : { focus: next };
    };
    switch (key) {
      case 'ArrowRight':
        return sideways(1);
      case 'ArrowLeft':
        return sideways(-1);
      case 'Home':
        return list[0] ? { focus: list[0] } : null;
      case 'End':
        return list.at(-1) ? { focus: list.at(-1) as string } : null;
      case 'ArrowUp': {
        const first = index.domainById.get(currentId)?.factors[0];
        return first ? { focus: first.id } : null;
      }
      case 'ArrowDown':
        return null;
    }
  }
  return null;
}
