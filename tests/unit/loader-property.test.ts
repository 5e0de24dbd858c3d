import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openModel } from '../../src/model/open';
import { validateModel } from '../../src/model/validate';
import { readJson } from './helpers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, e.g. ['domains', 2, 'factors', 0, 'id']. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

const bundled = readJson('data/model.json') as Json;
const allPaths = pathsOf(bundled).filter((p) => p.length > 0);

/** One way of breaking a model, at one place in it. */
const mutation = fc.record({
  at: fc.integer({ min: 0, max: allPaths.length - 1 }),
  kind: fc.constantFrom('delete', 'replace', 'duplicate', 'swap-id', 'grow'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
});

interface Step {
  at: number;
  kind: string;
  value: Json;
}

function mutate(model: Json, steps: Step[]) {
  const copy = structuredClone(model);
  for (const { at, kind, value } of steps) {
    const path = allPaths[at]!;
    let parent: Json = copy;
    for (const key of path.slice(0, -1)) {
      const next = (parent as Record<string | number, Json> | null)?.[key as never];
      if (next === undefined || next === null || typeof next !== 'object') return copy;
      parent = next;
    }
    const key = path.at(-1)!;
    const holder = parent as Record<string | number, Json>;
    if (!(key in holder)) continue;
    if (kind === 'delete') {
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
    } else if (kind === 'replace') holder[key] = value;
    else if (kind === 'duplicate' && Array.isArray(holder))
      holder.push(structuredClone(holder[Number(key)]!));
    else if (kind === 'swap-id' && typeof holder[key] === 'string')
      holder[key] = 'clinician-well-being';
    else if (kind === 'grow' && typeof holder[key] === 'string')
      holder[key] = String(holder[key]).repeat(60);
  }
  return copy;
}

describe('the loader, given randomly broken versions of the bundled model', () => {
  it('either accepts the model or lists problems that each have a JSON path', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (steps) => {
        const result = validateModel(mutate(bundled, steps));
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.path).toMatch(/^\$/);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the bytes: it always resolves with a model or a plain error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .array(mutation, { minLength: 1, maxLength: 3 })
            .map((s) => JSON.stringify(mutate(bundled, s))),
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 50 }).map((s) => JSON.stringify(bundled).slice(0, 500) + s),
        ),
        async (text) => {
          const file = new File([text], 'random.json');
          const result = await openModel({ kind: 'file', file, name: 'random.json' });
          if (!result.ok) {
            expect(result.error.source).toBe('random.json');
            expect(result.error.summary).toMatch(/^[A-Z].*\.$/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
