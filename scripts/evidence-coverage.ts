/**
 * How well the bundled evidence serves every clinician: resources per audience and domain, links
 * per outcome, factors with no outcome link, and factors without something to do for the person
 * and for the organisation. `npm run coverage:evidence` prints it; tests/unit/evidence-coverage
 * holds the thresholds, so the coverage cannot quietly slip back.
 */
import type { Actor, Audience, Model, Resource } from '../src/model/types';

/** The audiences the thresholds name, each with the least resources it must have. */
export const AUDIENCE_MINIMUMS: Partial<Record<Audience, number>> = {
  pharmacist: 25,
  dentist: 20,
  nurse: 80,
  trainee: 70,
};

export const THRESHOLDS = {
  /** Resources an audience has on every domain. */
  perAudienceDomain: 1,
  /** Graded links every outcome has. */
  linksPerOutcome: 2,
  /** Factors that link to at least one outcome. */
  factorsLinked: 60,
  /** Practical resources each factor has for the person, and for the organisation. */
  practicalPerActor: 1,
  /** Resources from `recentFrom` on, beyond the `recentBefore` the library held before. */
  recentFrom: 2021,
  recentAdded: 50,
  recentBefore: 55,
} as const;

export interface Coverage {
  /** Resources tagged for each audience (explicitly, not through "everyone"), in total and per domain. */
  audiences: { audience: Audience; total: number; byDomain: Record<string, number> }[];
  linksPerOutcome: { outcome: string; links: number }[];
  factorsWithoutOutcome: string[];
  factorsWithoutPractical: Record<Actor, string[]>;
  recent: number;
  factorCount: number;
}

/** The coverage of `resources` over `model`; retracted resources count for nothing. */
export function evidenceCoverage(model: Model, resources: readonly Resource[]): Coverage {
  const live = resources.filter((r) => !r.retracted);
  const domainOf = new Map(model.domains.flatMap((d) => d.factors.map((f) => [f.id, d.id])));
  const domainsOf = (r: Resource) =>
    new Set([
      ...r.factors.flatMap((f) => domainOf.get(f.id) ?? []),
      ...r.domains.filter((d) => model.domains.some((m) => m.id === d)),
    ]);
  const audiences = (Object.keys(AUDIENCE_MINIMUMS) as Audience[]).map((audience) => {
    const tagged = live.filter((r) => r.audience.includes(audience));
    const byDomain = Object.fromEntries(model.domains.map((d) => [d.id, 0]));
    for (const r of tagged) for (const d of domainsOf(r)) byDomain[d] = (byDomain[d] ?? 0) + 1;
    return { audience, total: tagged.length, byDomain };
  });
  const linksPerOutcome = model.outcomes.map((o) => ({
    outcome: o.id,
    links: model.links.filter((l) => l.outcome === o.id).length,
  }));
  const linked = new Set(model.links.map((l) => l.factor));
  const factors = model.domains.flatMap((d) => d.factors);
  const practical = (actor: Actor) =>
    factors
      .filter(
        (f) =>
          !live.some(
            (r) => r.practicalFor?.includes(actor) && r.factors.some((x) => x.id === f.id),
          ),
      )
      .map((f) => f.id);
  return {
    audiences,
    linksPerOutcome,
    factorsWithoutOutcome: factors.filter((f) => !linked.has(f.id)).map((f) => f.id),
    factorsWithoutPractical: {
      person: practical('person'),
      organisation: practical('organisation'),
    },
    recent: live.filter((r) => (r.year ?? 0) >= THRESHOLDS.recentFrom).length,
    factorCount: factors.length,
  };
}

/** Every threshold `coverage` misses, one sentence each; empty when all hold. */
export function coverageMisses(c: Coverage): string[] {
  const misses: string[] = [];
  for (const a of c.audiences) {
    const min = AUDIENCE_MINIMUMS[a.audience] ?? 0;
    if (a.total < min) misses.push(`${a.audience}: ${a.total} resources, needs ${min}`);
    for (const [domain, n] of Object.entries(a.byDomain))
      if (n < THRESHOLDS.perAudienceDomain)
        misses.push(`${a.audience}: no resource on the domain ${domain}`);
  }
  for (const o of c.linksPerOutcome)
    if (o.links < THRESHOLDS.linksPerOutcome)
      misses.push(
        `outcome ${o.outcome}: ${o.links} graded links, needs ${THRESHOLDS.linksPerOutcome}`,
      );
  const linked = c.factorCount - c.factorsWithoutOutcome.length;
  if (linked < THRESHOLDS.factorsLinked)
    misses.push(`${linked} factors link to an outcome, needs ${THRESHOLDS.factorsLinked}`);
  for (const [actor, ids] of Object.entries(c.factorsWithoutPractical))
    for (const id of ids) misses.push(`factor ${id}: nothing to do for the ${actor}`);
  const needed = THRESHOLDS.recentBefore + THRESHOLDS.recentAdded;
  if (c.recent < needed)
    misses.push(`${c.recent} resources from ${THRESHOLDS.recentFrom} on, needs ${needed}`);
  return misses;
}

/** The report as text: a table per measure, then what misses a threshold. */
export function formatCoverage(c: Coverage, domainLabels: Record<string, string>): string {
  const domains = Object.keys(c.audiences[0]?.byDomain ?? {});
  const lines = [
    'Resources per audience × domain (explicit audience tags; retracted excluded)',
    '',
  ];
  lines.push(['audience', 'total', ...domains.map((d) => domainLabels[d] ?? d)].join(' | '));
  for (const a of c.audiences)
    lines.push([a.audience, a.total, ...domains.map((d) => a.byDomain[d])].join(' | '));
  lines.push('', 'Graded links per outcome', '');
  for (const o of c.linksPerOutcome) lines.push(`${o.outcome}: ${o.links}`);
  lines.push(
    '',
    `Factors linked to an outcome: ${c.factorCount - c.factorsWithoutOutcome.length} of ${c.factorCount}`,
    `Factors without an outcome link: ${c.factorsWithoutOutcome.join(', ') || 'none'}`,
    `Factors without something to do for the person: ${c.factorsWithoutPractical.person.join(', ') || 'none'}`,
    `Factors without something to do for the organisation: ${c.factorsWithoutPractical.organisation.join(', ') || 'none'}`,
    `Resources from ${THRESHOLDS.recentFrom} on: ${c.recent}`,
  );
  const misses = coverageMisses(c);
  lines.push(
    '',
    misses.length ? `Thresholds missed:\n- ${misses.join('\n- ')}` : 'Every threshold holds.',
  );
  return lines.join('\n');
}
