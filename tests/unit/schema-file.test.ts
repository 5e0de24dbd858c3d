import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  modelJsonSchema,
  presentationJsonSchema,
  resourcesJsonSchema,
} from '../../src/model/jsonSchema';

describe('the published JSON Schemas', () => {
  it('match the zod schema they are generated from (run `npm run schema` if not)', () => {
    expect(readFileSync('public/model.schema.json', 'utf8')).toBe(modelJsonSchema());
    expect(readFileSync('public/resources.schema.json', 'utf8')).toBe(resourcesJsonSchema());
    expect(readFileSync('public/presentation.schema.json', 'utf8')).toBe(presentationJsonSchema());
  });

  it('describe ids and required fields', () => {
    const schema = JSON.parse(modelJsonSchema());
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'centre', 'groups', 'domains']),
    );
    expect(schema.properties.id.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });
});
