import { z } from 'zod/mini';
import { LIMITS, tooMany } from './limits.ts';

/**
 * The one definition of a model's shape. TypeScript types (./types.ts), the run-time validator for
 * imported models (./validate.ts) and public/model.schema.json all come from here.
 *
 * Written with zod's functional build (zod/mini): the same checks and messages as its chained
 * API, but each schema is a plain object rather than one carrying every method, so there is less
 * code to load and less to build. A linked model's first paint waits for this module: with the
 * chained API its import took 14-20 ms, now 10-18 ms, most of it compiling.
 */

// zod/mini brings no wording of its own: the default messages are zod's English ones.
z.config(z.locales.en());

const id = z
  .string()
  .check(
    z.maxLength(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "work-schedules"'),
  );
/** `schema`, described in the JSON Schema. */
const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  schema.check(z.describe(description));
/** Non-empty text of at most `max` characters (labels, descriptions, summaries). */
const textOf = (max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(max, `must be at most ${max} characters`),
    );
const text = textOf(LIMITS.labelLength);
const longText = textOf(LIMITS.descriptionLength);
const summary = textOf(LIMITS.summaryLength);
/** An array of at least `min` and at most `max` items, each with its own message. */
const list = <T extends z.ZodMiniType>(
  item: T,
  what: string,
  max: number,
  min?: [number, string],
) => {
  const capped = z.array(item).check(z.maxLength(max, tooMany(what, max)));
  return min ? capped.check(z.minLength(min[0], min[1])) : capped;
};
const shortLabel = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(28, 'must be at most 28 characters'));
const httpsUrl = described(
  z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'must be an https:// address')),
  'An https link',
);
const doi = z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz123'));
/**
 * The file format's version. Version 2 added the audience-, practical- and plan-area tags; a
 * version-1 file is a version-2 file without them, so both load.
 */
const schemaVersion = described(
  z.literal([1, 2]),
  '1, or 2 for files that use the tags of version 2',
);
/** Ids of the action plan's priority areas something serves (`plan.areas` in the model). */
const planAreaIds = described(
  z.optional(list(id, 'plan area', LIMITS.planAreas)),
  "Ids of the action plan's priority areas it serves (version 2)",
);

export const factorSchema = z.strictObject({
  id,
  label: described(text, 'The exact name, shown wherever the name is read in full'),
  shortLabel: described(z.optional(shortLabel), 'A short display label for the ring'),
  description: longText,
  planAreas: planAreaIds,
});

export const domainSchema = z.strictObject({
  id,
  label: text,
  shortLabel: z.optional(shortLabel),
  group: described(id, 'The id of the group this domain belongs to'),
  description: longText,
  factors: z
    .array(factorSchema)
    .check(
      z.minLength(1, 'a domain needs at least one factor'),
      z.maxLength(
        LIMITS.factorsPerDomain,
        `a domain may have at most ${LIMITS.factorsPerDomain} factors`,
      ),
    ),
});

export const groupSchema = z.strictObject({ id, label: text, description: longText });

export const centreRingSchema = z.strictObject({ id, label: text, description: longText });

export const outcomeCategorySchema = z.strictObject({ id, label: text });

export const outcomeSchema = z.strictObject({
  id,
  label: text,
  shortLabel: z.optional(shortLabel),
  category: described(id, 'The id of an outcome category'),
  description: longText,
});

export const directionSchema = z.enum(['raises', 'lowers', 'protects']);
export const gradeSchema = z.enum(['strong', 'moderate', 'emerging']);

export const factorOutcomeLinkSchema = z.strictObject({
  factor: id,
  outcome: id,
  direction: directionSchema,
  grade: gradeSchema,
  summary,
  resources: list(id, 'supporting resource', LIMITS.resourcesPerLink, [
    1,
    'a link needs at least one supporting resource',
  ]),
});

export const centreLinkSchema = z.strictObject({
  from: id,
  to: id,
  direction: directionSchema,
  grade: gradeSchema,
  summary,
  resources: list(id, 'supporting resource', LIMITS.resourcesPerLink, [
    1,
    'a link needs at least one supporting resource',
  ]),
});

export const sourceSchema = z.strictObject({
  citation: textOf(LIMITS.citationLength),
  doi: z.optional(doi),
  url: z.optional(httpsUrl),
});

/** One priority area of an action plan: its name exactly as the plan words it, and what it asks. */
export const planAreaSchema = z.strictObject({
  id,
  label: described(text, 'The name exactly as the plan words it'),
  description: longText,
});

/**
 * An action plan whose priority areas the factors serve: for the bundled model, the NAM's 2022
 * National Plan for Health Workforce Well-Being. Leaders plan by its areas; the app lists them
 * ("Act on it") and can fade the diagram to one area's factors.
 */
export const actionPlanSchema = z.strictObject({
  title: text,
  source: sourceSchema,
  areas: list(planAreaSchema, 'plan area', LIMITS.planAreas, [1, 'a plan needs at least one area']),
});

/**
 * A guided sequence for presenting a model: each step names what it shows (`focus`: "model",
 * "centre", "outcomes", "help", or the id of a domain or factor) and the talking points for it.
 * The bundled model's lives in data/presentation.json; another model may bring its own.
 */
export const presentationStepSchema = z.strictObject({
  id,
  focus: described(
    z.string().check(z.maxLength(LIMITS.idLength)),
    '"model", "centre", "outcomes", "help", or a domain or factor id',
  ),
  title: text,
  points: list(textOf(LIMITS.pointLength), 'talking point', LIMITS.pointsPerStep),
});

export const presentationSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  /** The id of the model these steps are for. */
  model: id,
  title: text,
  steps: list(presentationStepSchema, 'step', LIMITS.steps, [1, 'a presentation needs a step']),
});

export const resourceTypeSchema = z.enum([
  'meta-analysis',
  'systematic-review',
  'randomised-trial',
  'observational-study',
  'review',
  'consensus-report',
  'report',
  'discussion-paper',
  'guideline',
  'toolkit',
  'instrument',
  'website',
  'crisis-line',
]);

export const audienceSchema = z.enum([
  'physician',
  'nurse',
  'pharmacist',
  'dentist',
  'trainee',
  'educator',
  'leader',
  'researcher',
  'everyone',
]);

/** Who can act with a practical resource: the person themselves, or a team or organisation. */
export const actorSchema = z.enum(['person', 'organisation']);

export const resourceSchema = z.strictObject({
  id,
  title: textOf(LIMITS.citationLength),
  authors: z.array(text).check(z.minLength(1)),
  year: described(
    z.optional(z.int().check(z.minimum(1900), z.maximum(2100))),
    'Omitted when the source shows none',
  ),
  venue: textOf(LIMITS.citationLength),
  doi: z.optional(doi),
  url: httpsUrl,
  type: resourceTypeSchema,
  audience: z.array(audienceSchema).check(z.minLength(1)),
  summary: longText,
  retracted: z._default(z.boolean(), false),
  factors: z._default(
    z.array(
      z.strictObject({ id, why: described(summary, 'Why this resource matters for the factor') }),
    ),
    [],
  ),
  outcomes: described(z._default(z.array(id), []), 'Outcomes the resource reports on'),
  domains: described(z._default(z.array(id), []), 'Domains the resource covers as a whole'),
  scope: described(z.optional(z.enum(['model'])), '"model" for resources about the whole model'),
  practicalFor: described(
    z.optional(list(actorSchema, 'actor', 2)),
    'For something to do (a toolkit, programme, guide or service): "person" when one clinician or learner can use it, "organisation" when a team, employer, school or board acts with it (version 2)',
  ),
  planAreas: planAreaIds,
});

export const resourceLibrarySchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion,
  resources: z.array(resourceSchema),
});

export const modelSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion,
  id,
  title: text,
  description: longText,
  source: z.optional(sourceSchema),
  centre: described(
    list(centreRingSchema, 'centre ring', LIMITS.centreRings, [
      1,
      'the centre needs at least one ring',
    ]),
    'Innermost first',
  ),
  groups: list(groupSchema, 'group', LIMITS.groups, [1, 'a model needs at least one group']),
  domains: list(domainSchema, 'domain', LIMITS.domains, [1, 'a model needs at least one domain']),
  outcomeCategories: z._default(
    list(outcomeCategorySchema, 'outcome category', LIMITS.outcomeCategories),
    [],
  ),
  outcomes: z._default(list(outcomeSchema, 'outcome', LIMITS.outcomes), []),
  links: z._default(list(factorOutcomeLinkSchema, 'link', LIMITS.links), []),
  centreLinks: z._default(list(centreLinkSchema, 'centre link', LIMITS.centreLinks), []),
  plan: described(
    z.optional(actionPlanSchema),
    'An action plan whose priority areas the factors serve (version 2)',
  ),
  resources: described(
    z.optional(list(resourceSchema, 'resource', LIMITS.resources)),
    "The model's own resource library; without it, the app's bundled library is used",
  ),
  presentation: described(
    z.optional(z.omit(presentationSchema, { $schema: true, model: true })),
    'A guided sequence for presenting this model (workshop mode)',
  ),
});
