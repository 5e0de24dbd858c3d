import { describe, expect, it } from 'vitest';
import { factorsWithoutMatch, parseFilters, planAreaOf } from '../../src/app/lens';
import { AUDIENCE_LABELS } from '../../src/model/evidence';
import { buildResourceIndex } from '../../src/model/resourceIndex';
import type { Audience } from '../../src/model/types';
import { bundledIndex, resourceLibrary } from './helpers';

const model = bundledIndex();
const resources = buildResourceIndex(resourceLibrary());
const lens = (query: string) =>
  factorsWithoutMatch(model, resources, parseFilters(new URLSearchParams(query)));
const domainsIn = (faded: Set<string>) =>
  model.model.domains.filter((d) => faded.has(d.id)).map((d) => d.id);

describe('filters and the role lens', () => {
  it('reads known filters from the URL and reports unknown ones', () => {
    expect(
      parseFilters(new URLSearchParams('audience=nurse&type=toolkit&act=person&area=x')),
    ).toEqual({ audience: 'nurse', type: 'toolkit', act: 'person', area: 'x', unknown: [] });
    expect(parseFilters(new URLSearchParams('audience=wizard&act=everybody'))).toEqual({
      audience: null,
      type: null,
      act: null,
      area: null,
      unknown: ['audience “wizard”', '“act” value “everybody”'],
    });
  });

  it('fades factors with no matching resource, and a domain only when all its factors fade', () => {
    const nurse = lens('audience=nurse');
    expect(lens('').size).toBe(0);
    for (const id of nurse) {
      if (model.kindOf.get(id) !== 'factor') continue;
      const linked = resources.byFactor.get(id) ?? [];
      expect(
        linked.some(({ resource }) => resource.audience.includes('nurse') && !resource.retracted),
      ).toBe(false);
    }
    const trials = lens('type=randomised-trial');
    expect(trials.size).toBeGreaterThan(0);
    for (const d of model.model.domains)
      expect(trials.has(d.id), d.id).toBe(d.factors.every((f) => trials.has(f.id)));
    expect(trials.has('society-and-culture')).toBe(true);
  });

  it('leaves no domain wholly faded for any audience, counting only resources tagged for it', () => {
    const audiences = (Object.keys(AUDIENCE_LABELS) as Audience[]).filter((a) => a !== 'everyone');
    // Without "everyone": a resource for everyone would light every domain for every audience.
    const own = buildResourceIndex({
      schemaVersion: 2,
      resources: resourceLibrary().resources.map((r) => ({
        ...r,
        audience: r.audience.filter((a) => a !== 'everyone'),
      })),
    });
    for (const a of audiences) {
      const faded = factorsWithoutMatch(
        model,
        own,
        parseFilters(new URLSearchParams(`audience=${a}`)),
      );
      expect(domainsIn(faded), a).toEqual([]);
    }
  });

  it('finds something to do for the person and for the organisation on every factor', () => {
    expect(lens('act=person').size).toBe(0);
    expect(lens('act=organisation').size).toBe(0);
    // Combined with a type that is never practical, nothing is left.
    expect(lens('act=person&type=meta-analysis').size).toBe(
      model.factors.length + model.model.domains.length,
    );
  });

  it('fades every factor outside a priority area, with or without resources', () => {
    const filters = parseFilters(new URLSearchParams('area=technology-tools'));
    expect(planAreaOf(model, filters)?.label).toBe('Engage Effective Technology Tools');
    const faded = factorsWithoutMatch(model, null, filters);
    const kept = model.factors.filter((f) => !faded.has(f.id)).map((f) => f.id);
    expect(kept).toContain('health-it-and-ehr');
    for (const id of kept)
      expect(model.factorById.get(id)?.planAreas).toContain('technology-tools');
    expect(domainsIn(faded)).toContain('personal-factors');
    // An area the model does not have fades nothing, and is not an area.
    const unknown = parseFilters(new URLSearchParams('area=nowhere'));
    expect(planAreaOf(model, unknown)).toBeNull();
    expect(factorsWithoutMatch(model, null, unknown).size).toBe(0);
  });
});
