import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/model/limits';
import { validateModel } from '../../src/model/validate';
import { readJson } from './helpers';

type Json = Record<string, unknown> & {
  domains: { id: string; label: string; factors: { id: string; label: string }[] }[];
  centre: unknown[];
  outcomeCategories: { id: string; label: string }[];
  centreLinks: unknown[];
  title: string;
};
const small = () => readJson('tests/fixtures/small-model.json') as Json;
const problems = (json: unknown) => {
  const result = validateModel(json);
  return result.ok ? [] : result.issues;
};

describe('caps on a model, each with its own message', () => {
  it('refuses more factors than can be drawn, in one message that names both numbers', () => {
    const model = small();
    const domain = model.domains[0]!;
    model.domains = Array.from({ length: 65 }, (_, d) => ({
      ...domain,
      id: `d-${d}`,
      factors: Array.from({ length: 1000 }, (_, f) => ({
        ...domain.factors[0]!,
        id: `f-${d}-${f}`,
      })),
    }));
    expect(problems(model)).toEqual([
      {
        path: '$.domains',
        message: 'a model may have at most 5,000 factors in all; this one has 65,000 factors',
      },
    ]);
  });

  it('refuses too many domains', () => {
    const model = small();
    model.domains = Array.from({ length: LIMITS.domains + 1 }, (_, d) => ({
      ...model.domains[0]!,
      id: `d-${d}`,
    }));
    expect(problems(model)[0]?.message).toBe(
      'a model may have at most 100 domains; this one has 101 domains',
    );
  });

  it('refuses too many factors in one domain', () => {
    const model = small();
    const d = model.domains[0]!;
    d.factors = Array.from({ length: LIMITS.factorsPerDomain + 1 }, (_, f) => ({
      ...d.factors[0]!,
      id: `f-${f}`,
    }));
    expect(problems(model)).toContainEqual({
      path: '$.domains[0].factors',
      message: 'a domain may have at most 300 factors',
    });
  });

  it('refuses labels, titles and ids that are too long', () => {
    const model = small();
    model.title = 'URGENT '.repeat(40);
    model.domains[0]!.factors[0]!.label = 'x'.repeat(LIMITS.labelLength + 1);
    model.domains[1]!.id = 'a'.repeat(LIMITS.idLength + 1);
    const found = problems(model);
    expect(found).toContainEqual({ path: '$.title', message: 'must be at most 150 characters' });
    expect(found).toContainEqual({
      path: '$.domains[0].factors[0].label',
      message: 'must be at most 150 characters',
    });
    expect(found).toContainEqual({
      path: '$.domains[1].id',
      message: 'must be at most 80 characters',
    });
  });

  it('refuses too many centre rings', () => {
    const model = small();
    const ring = model.centre[0] as { id: string };
    model.centre = Array.from({ length: 6 }, (_, i) => ({ ...ring, id: `ring-${i}` }));
    expect(problems(model)).toContainEqual({
      path: '$.centre',
      message: 'a model may have at most 5 centre rings',
    });
  });

  it('leaves the bundled NAM model well inside every cap', () => {
    expect(problems(readJson('data/model.json'))).toEqual([]);
  });
});
