import type { ModelIndex } from '../model/indices';

/** One row of the outline tree, flattened in reading order. */
export interface TreeRow {
  id: string;
  kind: 'group' | 'domain' | 'factor';
  label: string;
  level: number;
  parentId: string | null;
  /** Position among its siblings (1-based) and how many siblings there are. */
  posInSet: number;
  setSize: number;
  hasChildren: boolean;
}

/**
 * The rows a person can see, given which branches are open: groups, their domains, and the
 * factors of open domains.
 * @example visibleRows(index, new Set(['external']))[1]?.kind // 'domain'
 */
export function visibleRows(index: ModelIndex, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const { groups, domains } = index.model;
  groups.forEach((group, g) => {
    const groupDomains = domains.filter((d) => d.group === group.id);
    rows.push({
      id: group.id,
      kind: 'group',
      label: group.label,
      level: 1,
      parentId: null,
      posInSet: g + 1,
      setSize: groups.length,
      hasChildren: groupDomains.length > 0,
    });
    if (!expanded.has(group.id)) return;
    groupDomains.forEach((domain, d) => {
      rows.push({
        id: domain.id,
        kind: 'domain',
        label: domain.label,
        level: 2,
        parentId: group.id,
        posInSet: d + 1,
        setSize: groupDomains.length,
        hasChildren: domain.factors.length > 0,
      });
      if (!expanded.has(domain.id)) return;
      domain.factors.forEach((factor, f) =>
        rows.push({
          id: factor.id,
          kind: 'factor',
          label: factor.label,
          level: 3,
          parentId: domain.id,
          posInSet: f + 1,
          setSize: domain.factors.length,
          hasChildren: false,
        }),
      );
    });
  });
  return rows;
}

/** The branches to open so that an element can be seen: its group and its domain. */
export function ancestorsOf(index: ModelIndex, id: string): string[] {
  const factorDomain = index.domainOfFactor.get(id);
  const domain = factorDomain ?? index.domainById.get(id);
  if (!domain) return [];
  return factorDomain ? [domain.group, domain.id] : [domain.group];
}
