import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_MINIMUMS,
  coverageMisses,
  evidenceCoverage,
  formatCoverage,
  THRESHOLDS,
} from '../../scripts/evidence-coverage';
import type { Resource } from '../../src/model/types';
import { bundledModel, resourceLibrary } from './helpers';

const model = bundledModel();
const resources = resourceLibrary().resources;
const coverage = evidenceCoverage(model, resources);

describe('evidence coverage (npm run coverage:evidence)', () => {
  it('meets every threshold: audiences, domains, outcomes, factors, something to do, recency', () => {
    expect(coverageMisses(coverage)).toEqual([]);
  });

  it('serves each named profession in numbers and on every domain', () => {
    for (const a of coverage.audiences) {
      expect(a.total, a.audience).toBeGreaterThanOrEqual(AUDIENCE_MINIMUMS[a.audience] ?? 0);
      for (const [domain, n] of Object.entries(a.byDomain))
        expect(n, `${a.audience} on ${domain}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every outcome graded links, and links at least 60 factors to an outcome', () => {
    for (const o of coverage.linksPerOutcome)
      expect(o.links, o.outcome).toBeGreaterThanOrEqual(THRESHOLDS.linksPerOutcome);
    expect(coverage.factorCount - coverage.factorsWithoutOutcome.length).toBeGreaterThanOrEqual(60);
  });

  it('counts a miss: an audience short of resources, an outcome short of links, a factor with nothing to do', () => {
    const first = model.domains[0]!.factors[0]!.id;
    // The library without anything for pharmacists, and without anything to do on one factor.
    const thinner: Resource[] = resources
      .filter((r) => !r.audience.includes('pharmacist'))
      .map((r) =>
        r.practicalFor && r.factors.some((f) => f.id === first) ? { ...r, practicalFor: [] } : r,
      );
    const outcome = model.outcomes[0]!.id;
    const fewerLinks = { ...model, links: model.links.filter((l) => l.outcome !== outcome) };
    const misses = coverageMisses(evidenceCoverage(fewerLinks, thinner));
    expect(misses).toContain('pharmacist: 0 resources, needs 25');
    expect(misses).toContain(`outcome ${outcome}: 0 graded links, needs 2`);
    expect(misses).toContain(`factor ${first}: nothing to do for the person`);
    expect(misses).toContain(`factor ${first}: nothing to do for the organisation`);
  });

  it('ignores retracted work and resources for "everyone" when counting an audience', () => {
    const retracted = resources.map((r) => ({ ...r, retracted: true }));
    const none = evidenceCoverage(model, retracted);
    expect(none.audiences.every((a) => a.total === 0)).toBe(true);
    const everyoneOnly = evidenceCoverage(
      model,
      resources.filter((r) => r.audience.length === 1 && r.audience[0] === 'everyone'),
    );
    expect(everyoneOnly.audiences.every((a) => a.total === 0)).toBe(true);
  });

  it('prints a table per measure and says when every threshold holds', () => {
    const text = formatCoverage(coverage, { 'society-and-culture': 'Society & Culture' });
    expect(text).toMatch(/^audience \| total \| Society & Culture \|/m);
    expect(text).toMatch(/^pharmacist \| \d+ \|/m);
    expect(text).toContain('Graded links per outcome');
    expect(text).toContain('Every threshold holds.');
  });
});
