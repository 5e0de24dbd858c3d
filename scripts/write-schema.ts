// Writes the JSON Schemas in public/ from the zod schema in src/model/schema.ts.
// Run after changing the schema: npm run schema (a test fails while they differ).
import { writeFileSync } from 'node:fs';
import {
  modelJsonSchema,
  presentationJsonSchema,
  resourcesJsonSchema,
} from '../src/model/jsonSchema';

writeFileSync('public/model.schema.json', modelJsonSchema());
writeFileSync('public/resources.schema.json', resourcesJsonSchema());
writeFileSync('public/presentation.schema.json', presentationJsonSchema());
console.log('wrote the model, resources and presentation schemas in public/');
