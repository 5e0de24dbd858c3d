import { z } from 'zod';
import { LIMITS, tooMany } from './limits';

/**
 * The one definition of a model's shape. TypeScript types (./types.ts), the run-time validator for
 * imported models (./validate.ts) and public/model.schema.json all come from here.
 */

const id = z
  .string()
  .max(LIMITS.idLength, `must be at most ${LIMITS.idLength} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "work-schedules"');
/** Non-empty text of at most `max` characters (labels, descriptions, summaries). */
const textOf = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const text = textOf(LIMITS.labelLength);
const longText = textOf(LIMITS.descriptionLength);
const summary = textOf(LIMITS.summaryLength);
/** An array of at least `min` and at most `max` items, each with its own message. */
const list = <T extends z.ZodType>(item: T, what: string, max: number, min?: [number, string]) => {
  const capped = z.array(item).max(max, tooMany(what, max));
  return min ? capped.min(min[0], min[1]) : capped;
};
const shortLabel = z.string().trim().min(1).max(28, 'must be at most 28 characters');
const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s]+$/, 'must be an https:// address')
  .describe('An https link');
const doi = z.string().regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1000/xyz123');

export const factorSchema = z.strictObject({
  id,
  label: text.describe('The exact name, shown wherever the name is read in full'),
  shortLabel: shortLabel.optional().describe('A short display label for the ring'),
  description: longText,
});

export const domainSchema = z.strictObject({
  id,
  label: text,
  shortLabel: shortLabel.optional(),
  group: id.describe('The id of the group this domain belongs to'),
  description: longText,
  factors: z
    .array(factorSchema)
    .min(1, 'a domain needs at least one factor')
    .max(LIMITS.factorsPerDomain, `a domain may have at most ${LIMITS.factorsPerDomain} factors`),
});

export const groupSchema = z.strictObject({ id, label: text, description: longText });

export const centreRingSchema = z.strictObject({ id, label: text, description: longText });

export const outcomeCategorySchema = z.strictObject({ id, label: text });

export const outcomeSchema = z.strictObject({
  id,
  label: text,
  shortLabel: shortLabel.optional(),
  category: id.describe('The id of an outcome category'),
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
  doi: doi.optional(),
  url: httpsUrl.optional(),
});

/**
 * A guided sequence for presenting a model: each step names what it shows (`focus`: "model",
 * "centre", "outcomes", "help", or the id of a domain or factor) and the talking points for it.
 * The bundled model's lives in data/presentation.json; another model may bring its own.
 */
export const presentationStepSchema = z.strictObject({
  id,
  focus: z
    .string()
    .max(LIMITS.idLength)
    .describe('"model", "centre", "outcomes", "help", or a domain or factor id'),
  title: text,
  points: list(textOf(LIMITS.pointLength), 'talking point', LIMITS.pointsPerStep),
});

export const presentationSchema = z.strictObject({
  $schema: z.string().optional(),
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

export const resourceSchema = z.strictObject({
  id,
  title: textOf(LIMITS.citationLength),
  authors: z.array(text).min(1),
  year: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe('Omitted when the source shows none'),
  venue: textOf(LIMITS.citationLength),
  doi: doi.optional(),
  url: httpsUrl,
  type: resourceTypeSchema,
  audience: z.array(audienceSchema).min(1),
  summary: longText,
  retracted: z.boolean().default(false),
  factors: z
    .array(
      z.strictObject({ id, why: summary.describe('Why this resource matters for the factor') }),
    )
    .default([]),
  outcomes: z.array(id).default([]).describe('Outcomes the resource reports on'),
  domains: z.array(id).default([]).describe('Domains the resource covers as a whole'),
  scope: z.enum(['model']).optional().describe('"model" for resources about the whole model'),
});

export const resourceLibrarySchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  resources: z.array(resourceSchema),
});

export const modelSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  id,
  title: text,
  description: longText,
  source: sourceSchema.optional(),
  centre: list(centreRingSchema, 'centre ring', LIMITS.centreRings, [
    1,
    'the centre needs at least one ring',
  ]).describe('Innermost first'),
  groups: list(groupSchema, 'group', LIMITS.groups, [1, 'a model needs at least one group']),
  domains: list(domainSchema, 'domain', LIMITS.domains, [1, 'a model needs at least one domain']),
  outcomeCategories: list(
    outcomeCategorySchema,
    'outcome category',
    LIMITS.outcomeCategories,
  ).default([]),
  outcomes: list(outcomeSchema, 'outcome', LIMITS.outcomes).default([]),
  links: list(factorOutcomeLinkSchema, 'link', LIMITS.links).default([]),
  centreLinks: list(centreLinkSchema, 'centre link', LIMITS.centreLinks).default([]),
  resources: list(resourceSchema, 'resource', LIMITS.resources)
    .optional()
    .describe("The model's own resource library; without it, the app's bundled library is used"),
  presentation: presentationSchema
    .omit({ $schema: true, model: true })
    .optional()
    .describe('A guided sequence for presenting this model (workshop mode)'),
});
