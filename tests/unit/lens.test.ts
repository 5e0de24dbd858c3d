import { describe, expect, it } from 'vitest';
import { factorsWithoutMatch, parseFilters } from '../../src/app/lens';
import { buildResourceIndex } from '../../src/model/resourceIndex';
import { bundledIndex, resourceLibrary } from './helpers';

const model = bundledIndex();
const resources = buildResourceIndex(resourceLibrary());

describe('filters and the role lens', () => {
  it('reads known filters from the URL and reports unknown ones', () => {
    expect(parseFilters(new URLSearchParams('audience=nurse&type=toolkit'))).toEqual({
      audience: 'nurse',
      type: 'toolkit',
      unknown: [],
    });
    expect(parseFilters(new URLSearchParams('audience=wizard'))).toEqual({
      audience: null,
      type: null,
      unknown: ['audience “wizard”'],
    });
  });

  it('fades factors with no matching resource, and a domain only when all its factors fade', () => {
    const nurse = factorsWithoutMatch(
      model,
      resources,
      parseFilters(new URLSearchParams('audience=nurse')),
    );
    const everyone = factorsWithoutMatch(model, resources, parseFilters(new URLSearchParams('')));
    expect(everyone.size).toBe(0);
    expect(nurse.size).toBeGreaterThan(0);
    expect(nurse.size).toBeLessThan(67);
    for (const id of nurse) {
      if (model.kindOf.get(id) !== 'factor') continue;
      const linked = resources.byFactor.get(id) ?? [];
      expect(
        linked.some(({ resource }) => resource.audience.includes('nurse') && !resource.retracted),
      ).toBe(false);
    }
    const crisis = factorsWithoutMatch(
      model,
      resources,
      parseFilters(new URLSearchParams('type=crisis-line')),
    );
    expect(crisis.has('stigmatization-of-mental-illness')).toBe(false);
    for (const d of model.model.domains)
      expect(crisis.has(d.id), d.id).toBe(d.factors.every((f) => crisis.has(f.id)));
    expect(crisis.has('rules-and-regulations')).toBe(true);
  });
});
