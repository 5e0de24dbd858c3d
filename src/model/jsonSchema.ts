import { z } from 'zod/mini';
import { modelSchema, presentationSchema, resourceLibrarySchema } from './schema';

const write = (schema: z.ZodMiniType, title: string) =>
  JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input' }) }, null, 2) + '\n';

/** The JSON Schema of a model file, generated from the zod schema (the one definition). */
export const modelJsonSchema = () => write(modelSchema, 'Clinician Well-Being Explorer model');

/** The JSON Schema of a resource library file. */
export const resourcesJsonSchema = () =>
  write(resourceLibrarySchema, 'Clinician Well-Being Explorer resource library');

/** The JSON Schema of a presentation file (data/presentation.json). */
export const presentationJsonSchema = () =>
  write(presentationSchema, 'Clinician Well-Being Explorer presentation');
