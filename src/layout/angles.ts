import type { Model } from '../model/types';
import { domainsInGroupOrder } from '../model/indices';
import { turns, type Turns } from './units';

/** Where one element sits on its ring, in turns of the unzoomed circle. */
export interface BaseArc {
  id: string;
  x0: Turns;
  x1: Turns;
  /** Position within its parent, from 0, and the parent's size, for "factor 4 of 8". */
  index: number;
  count: number;
  parentId: string;
}

export interface BaseAngles {
  groups: BaseArc[];
  domains: BaseArc[];
  factors: BaseArc[];
}

export interface GapOptions {
  /** Space between neighbouring domains of one group, in factor widths. */
  domainGap: number;
  /** Space between groups, in factor widths. */
  groupGap: number;
  /**
   * The least room a domain gets, as a share of the mean domain's, so a small domain still has
   * space for its name; its factors share that room equally.
   */
  minDomainShare: number;
}

const DEFAULT_GAPS: GapOptions = { domainGap: 0.35, groupGap: 1.4, minDomainShare: 1 };

/**
 * Gives every factor an equal share of the circle (small domains get a little more, so their
 * names fit), with small gaps between domains and larger ones between groups, so the grouping
 * can be seen. The first group starts at 12 o'clock.
 * @example computeBaseAngles(model).factors.length === model.domains.flatMap(d => d.factors).length
 */
export function computeBaseAngles(model: Model, gaps: GapOptions = DEFAULT_GAPS): BaseAngles {
  const domains = domainsInGroupOrder(model);
  const groupsUsed = model.groups.filter((g) => domains.some((d) => d.group === g.id));
  const mean = domains.reduce((n, d) => n + d.factors.length, 0) / Math.max(1, domains.length);
  const unitsOf = (factors: number) => Math.max(factors, mean * gaps.minDomainShare);
  const factorCount = domains.reduce((n, d) => n + unitsOf(d.factors.length), 0);
  const domainGaps = domains.length - groupsUsed.length;
  const groupGaps = groupsUsed.length > 1 ? groupsUsed.length : 0;
  const total = factorCount + domainGaps * gaps.domainGap + groupGaps * gaps.groupGap;
  const unit = 1 / total;

  const out: BaseAngles = { groups: [], domains: [], factors: [] };
  // Half a group gap before the first group keeps the gaps symmetric around 12 o'clock.
  let cursor = groupGaps ? (gaps.groupGap / 2) * unit : 0;
  groupsUsed.forEach((group, g) => {
    const groupDomains = domains.filter((d) => d.group === group.id);
    const groupStart = cursor;
    groupDomains.forEach((domain, d) => {
      if (d > 0) cursor += gaps.domainGap * unit;
      const domainStart = cursor;
      const width = (unitsOf(domain.factors.length) / domain.factors.length) * unit;
      domain.factors.forEach((factor, f) => {
        out.factors.push({
          id: factor.id,
          x0: turns(cursor),
          x1: turns(cursor + width),
          index: f,
          count: domain.factors.length,
          parentId: domain.id,
        });
        cursor += width;
      });
      out.domains.push({
        id: domain.id,
        x0: turns(domainStart),
        x1: turns(cursor),
        index: domains.indexOf(domain),
        count: domains.length,
        parentId: group.id,
      });
    });
    out.groups.push({
      id: group.id,
      x0: turns(groupStart),
      x1: turns(cursor),
      index: g,
      count: groupsUsed.length,
      parentId: model.id,
    });
    if (groupGaps) cursor += gaps.groupGap * unit;
  });
  return out;
}

/** The part of the circle on show: all of it, or one domain stretched round the whole circle. */
export interface View {
  x0: Turns;
  x1: Turns;
}

export const FULL_VIEW: View = { x0: turns(0), x1: turns(1) };

/** The view that zooms into one arc (a domain), or the full view when there is none. */
export function viewFor(arc: BaseArc | undefined): View {
  return arc ? { x0: arc.x0, x1: arc.x1 } : FULL_VIEW;
}
