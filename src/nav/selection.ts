import type { ModelIndex } from '../model/indices';
import type { Domain, Factor, Outcome } from '../model/types';

export type RouteKind = 'domain' | 'factor' | 'outcome' | 'resource';

export type Selection =
  | { kind: 'model' }
  | { kind: 'domain'; domain: Domain }
  | { kind: 'factor'; factor: Factor; domain: Domain }
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'resource'; resourceId: string }
  | {
      kind: 'not-found';
      /** What the URL asked for, e.g. a factor, or a page the app does not have. */
      asked: RouteKind | 'page';
      id: string;
    };

const PATTERN = /^\/(domain|factor|outcome|resource)\/([^/]+)\/?$/;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Reads what is selected from a pathname. The URL is the only place the selection lives.
 * Unknown ids resolve to "not found" (./suggestions.ts finds the closest matches).
 * @example resolveSelection(index, '/factor/autonomy').kind // 'factor'
 */
export function resolveSelection(index: ModelIndex, pathname: string): Selection {
  if (pathname === '/' || pathname === '') return { kind: 'model' };
  const match = PATTERN.exec(pathname);
  if (!match) return notFound('page', pathname.replace(/^\//, ''));
  const kind = match[1] as RouteKind;
  const id = safeDecode(match[2] ?? '');
  if (kind === 'domain') {
    const domain = index.domainById.get(id);
    if (domain) return { kind, domain };
  } else if (kind === 'factor') {
    const factor = index.factorById.get(id);
    const domain = index.domainOfFactor.get(id);
    if (factor && domain) return { kind, factor, domain };
  } else if (kind === 'outcome') {
    const outcome = index.outcomeById.get(id);
    if (outcome) return { kind, outcome };
  } else {
    // Resources live in a separate library loaded on demand; the resource page checks the id.
    return { kind, resourceId: id };
  }
  return notFound(kind, id);
}

function notFound(asked: RouteKind | 'page', id: string): Selection {
  return { kind: 'not-found', asked, id };
}

/** The domain the diagram zooms into for a selection, if any. */
export function zoomedDomainId(selection: Selection): string | null {
  if (selection.kind === 'domain') return selection.domain.id;
  if (selection.kind === 'factor') return selection.domain.id;
  return null;
}
