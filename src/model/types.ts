import type { z } from 'zod/mini';
import type {
  actionPlanSchema,
  actorSchema,
  audienceSchema,
  centreLinkSchema,
  centreRingSchema,
  directionSchema,
  domainSchema,
  factorOutcomeLinkSchema,
  factorSchema,
  gradeSchema,
  groupSchema,
  modelSchema,
  outcomeCategorySchema,
  outcomeSchema,
  planAreaSchema,
  presentationSchema,
  presentationStepSchema,
  resourceLibrarySchema,
  resourceSchema,
  resourceTypeSchema,
} from './schema';

// Type-only imports: zod itself never reaches the first page's bundle through this file.
export type Model = z.output<typeof modelSchema>;
export type ModelInput = z.input<typeof modelSchema>;
export type Factor = z.output<typeof factorSchema>;
export type Domain = z.output<typeof domainSchema>;
export type Group = z.output<typeof groupSchema>;
export type CentreRing = z.output<typeof centreRingSchema>;
export type OutcomeCategory = z.output<typeof outcomeCategorySchema>;
export type Outcome = z.output<typeof outcomeSchema>;
export type FactorOutcomeLink = z.output<typeof factorOutcomeLinkSchema>;
export type CentreLink = z.output<typeof centreLinkSchema>;
export type Direction = z.output<typeof directionSchema>;
export type Grade = z.output<typeof gradeSchema>;
export type Resource = z.output<typeof resourceSchema>;
export type ResourceLibrary = z.output<typeof resourceLibrarySchema>;
export type ResourceType = z.output<typeof resourceTypeSchema>;
export type Audience = z.output<typeof audienceSchema>;
export type Actor = z.output<typeof actorSchema>;
export type ActionPlan = z.output<typeof actionPlanSchema>;
export type PlanArea = z.output<typeof planAreaSchema>;
export type Presentation = z.output<typeof presentationSchema>;
export type PresentationStep = z.output<typeof presentationStepSchema>;
