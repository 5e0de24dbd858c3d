import { readFileSync } from 'node:fs';
import { buildIndex } from '../../src/model/indices';
import type { Model, ResourceLibrary } from '../../src/model/types';
import { validateModel } from '../../src/model/validate';

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The bundled NAM model, validated the way an imported model would be. */
export function bundledModel(): Model {
  const result = validateModel(readJson('data/model.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  return result.value;
}

export function smallModel(): Model {
  const result = validateModel(readJson('tests/fixtures/small-model.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  return result.value;
}

export const bundledIndex = () => buildIndex(bundledModel());
export const resourceLibrary = () => readJson('data/resources.json') as ResourceLibrary;
