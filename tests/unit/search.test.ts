import { describe, expect, it } from 'vitest';
import { buildResourceIndex } from '../../src/model/resourceIndex';
import { buildSearch, runSearch, searchDocuments } from '../../src/features/search/searchIndex';
import { bundledIndex, resourceLibrary } from './helpers';

const engine = buildSearch(searchDocuments(bundledIndex(), buildResourceIndex(resourceLibrary())));
const first = (q: string, kind?: string) =>
  runSearch(engine, q).find((r) => !kind || r.kind === kind);

describe('search', () => {
  it('finds the EHR factor first for “EHR”', () => {
    expect(runSearch(engine, 'EHR')[0]).toMatchObject({
      kind: 'factor',
      id: 'health-it-and-ehr',
      path: '/factor/health-it-and-ehr',
    });
  });

  it('tolerates typos', () => {
    expect(first('burnot', 'outcome')?.id).toBe('burnout');
    expect(first('wrk schedules', 'factor')?.id).toBe('work-schedules');
    expect(first('resilence', 'factor')?.id).toBe('resilience-skills');
  });

  it('ranks a name match above a mention in a description', () => {
    const results = runSearch(engine, 'mentorship').filter((r) => r.kind === 'factor');
    expect(
      results
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['mentorship', 'mentorship-program']);
  });

  it('groups results by kind in a fixed order and caps each group', () => {
    const results = runSearch(engine, 'burnout');
    const kinds = results.map((r) => r.kind);
    const order = ['factor', 'domain', 'outcome', 'resource'];
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
    expect(kinds.filter((k) => k === 'resource').length).toBeLessThanOrEqual(8);
  });

  it('searches resources by title words and author', () => {
    expect(
      runSearch(engine, 'nurse staffing infection').some(
        (r) => r.id === 'cimiotti-2012-nurse-burnout-hai',
      ),
    ).toBe(true);
    expect(
      runSearch(engine, 'Shanafelt').filter((r) => r.kind === 'resource').length,
    ).toBeGreaterThan(2);
  });

  it('falls back to any word when no result has them all, and returns nothing for nothing', () => {
    expect(runSearch(engine, 'autonomy zzzqqq').some((r) => r.id === 'autonomy')).toBe(true);
    expect(runSearch(engine, '   ')).toEqual([]);
  });
});

describe('search finds something to do', () => {
  it('finds practical resources by “what you can do”, and says who they are for', () => {
    const hits = runSearch(engine, 'what you can do').filter((r) => r.kind === 'resource');
    expect(hits.length).toBeGreaterThan(3);
    const library = buildResourceIndex(resourceLibrary());
    for (const hit of hits) {
      expect(library.byId.get(hit.id)?.practicalFor?.length, hit.id).toBeGreaterThan(0);
      expect(hit.context).toMatch(/^What you can do \((for you|for your team or organisation)/);
    }
    const forTeams = runSearch(engine, 'what you can do organisation staffing').filter(
      (r) => r.kind === 'resource',
    );
    expect(forTeams.length).toBeGreaterThan(0);
    for (const hit of forTeams)
      expect(library.byId.get(hit.id)?.practicalFor, hit.id).toContain('organisation');
  });
});
