import type { z } from 'zod/mini';
import { checkModelSize } from './limits.ts';
import { modelSchema, presentationSchema, resourceLibrarySchema } from './schema.ts';
import type { Model, Presentation, ResourceLibrary } from './types';

/** One problem found in a model file: where (a JSON path such as `$.domains[2].id`) and why. */
export interface Issue {
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Formats a path the way a person reads JSON.
 * @example formatPath(['domains', 2, 'factors', 0, 'id']) // '$.domains[2].factors[0].id'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    '$',
  );
}

function fromZod(error: z.core.$ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/**
 * Checks what a schema cannot: ids unique across every kind of element (outcome categories too),
 * every reference pointing at something that exists, and no link given twice.
 */
export function checkModelReferences(model: Model): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) issues.push({ path, message: `duplicate id "${id}" (first used at ${first})` });
    else seen.set(id, path);
  };
  model.centre.forEach((ring, i) => claim(ring.id, `$.centre[${i}].id`));
  model.groups.forEach((group, i) => claim(group.id, `$.groups[${i}].id`));
  model.domains.forEach((domain, d) => {
    claim(domain.id, `$.domains[${d}].id`);
    domain.factors.forEach((factor, f) => claim(factor.id, `$.domains[${d}].factors[${f}].id`));
  });
  model.outcomeCategories.forEach((c, i) => claim(c.id, `$.outcomeCategories[${i}].id`));
  model.outcomes.forEach((outcome, i) => claim(outcome.id, `$.outcomes[${i}].id`));

  const groups = new Set(model.groups.map((g) => g.id));
  model.domains.forEach((domain, d) => {
    if (!groups.has(domain.group))
      issues.push({ path: `$.domains[${d}].group`, message: `no group has id "${domain.group}"` });
  });
  const categories = new Set(model.outcomeCategories.map((c) => c.id));
  model.outcomes.forEach((outcome, i) => {
    if (!categories.has(outcome.category))
      issues.push({
        path: `$.outcomes[${i}].category`,
        message: `no outcome category has id "${outcome.category}"`,
      });
  });
  const factors = new Set(model.domains.flatMap((d) => d.factors.map((f) => f.id)));
  const outcomes = new Set(model.outcomes.map((o) => o.id));
  const pairs = new Set<string>();
  model.links.forEach((link, i) => {
    if (!factors.has(link.factor))
      issues.push({ path: `$.links[${i}].factor`, message: `no factor has id "${link.factor}"` });
    if (!outcomes.has(link.outcome))
      issues.push({
        path: `$.links[${i}].outcome`,
        message: `no outcome has id "${link.outcome}"`,
      });
    const pair = `${link.factor}→${link.outcome}`;
    if (pairs.has(pair)) issues.push({ path: `$.links[${i}]`, message: `duplicate link ${pair}` });
    pairs.add(pair);
  });
  const centre = new Set(model.centre.map((c) => c.id));
  const centrePairs = new Set<string>();
  model.centreLinks.forEach((link, i) => {
    for (const end of ['from', 'to'] as const)
      if (!centre.has(link[end]))
        issues.push({
          path: `$.centreLinks[${i}].${end}`,
          message: `no centre ring has id "${link[end]}"`,
        });
    const pair = `${link.from}→${link.to}`;
    if (centrePairs.has(pair))
      issues.push({ path: `$.centreLinks[${i}]`, message: `duplicate centre link ${pair}` });
    centrePairs.add(pair);
  });
  const areas = new Set(model.plan?.areas.map((a) => a.id));
  model.plan?.areas.forEach((area, i) => claim(area.id, `$.plan.areas[${i}].id`));
  model.domains.forEach((domain, d) =>
    domain.factors.forEach((factor, f) =>
      factor.planAreas?.forEach((area, a) => {
        if (!areas.has(area))
          issues.push({
            path: `$.domains[${d}].factors[${f}].planAreas[${a}]`,
            message: `no plan area has id "${area}"`,
          });
      }),
    ),
  );
  checkOwnResources(model, factors, outcomes, areas, issues);
  return issues;
}

/** When a model carries its own resources: unique ids, real factors and outcomes, links that cite them. */
function checkOwnResources(
  model: Model,
  factors: Set<string>,
  outcomes: Set<string>,
  areas: Set<string>,
  issues: Issue[],
) {
  if (!model.resources) return;
  const ids = new Set<string>();
  model.resources.forEach((r, i) => {
    if (ids.has(r.id))
      issues.push({ path: `$.resources[${i}].id`, message: `duplicate resource id "${r.id}"` });
    ids.add(r.id);
    r.factors.forEach((f, j) => {
      if (!factors.has(f.id))
        issues.push({
          path: `$.resources[${i}].factors[${j}].id`,
          message: `no factor has id "${f.id}"`,
        });
    });
    r.outcomes.forEach((o, j) => {
      if (!outcomes.has(o))
        issues.push({
          path: `$.resources[${i}].outcomes[${j}]`,
          message: `no outcome has id "${o}"`,
        });
    });
    r.planAreas?.forEach((a, j) => {
      if (!areas.has(a))
        issues.push({
          path: `$.resources[${i}].planAreas[${j}]`,
          message: `no plan area has id "${a}"`,
        });
    });
  });
  const cite = (list: { resources: string[] }[], where: string) =>
    list.forEach((link, i) =>
      link.resources.forEach((id, j) => {
        if (!ids.has(id))
          issues.push({
            path: `$.${where}[${i}].resources[${j}]`,
            message: `no resource in this model has id "${id}"`,
          });
      }),
    );
  cite(model.links, 'links');
  cite(model.centreLinks, 'centreLinks');
}

/** Validates untrusted JSON as a model: its size first, then its shape, then references. */
export function validateModel(json: unknown): Validation<Model> {
  const tooBig = checkModelSize(json);
  if (tooBig.length) return { ok: false, issues: tooBig };
  const parsed = modelSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) };
  const issues = checkModelReferences(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/** Validates a resource library's shape (its references to a model are checked by tests). */
export function validateResourceLibrary(json: unknown): Validation<ResourceLibrary> {
  const parsed = resourceLibrarySchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) };
  const seen = new Set<string>();
  const issues: Issue[] = [];
  parsed.data.resources.forEach((r, i) => {
    if (seen.has(r.id))
      issues.push({ path: `$.resources[${i}].id`, message: `duplicate id "${r.id}"` });
    seen.add(r.id);
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/** Validates a presentation file's shape (the steps' ids are checked against a model as it plays). */
export function validatePresentation(json: unknown): Validation<Presentation> {
  const parsed = presentationSchema.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fromZod(parsed.error) };
}
