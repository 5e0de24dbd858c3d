import { describe, expect, it } from 'vitest';
import { closestMatches, similarity } from '../../src/model/closest';
import { withSticky } from '../../src/nav/paths';
import { resolveSelection, zoomedDomainId } from '../../src/nav/selection';
import { suggestionsFor } from '../../src/nav/suggestions';
import { bundledIndex } from './helpers';

const index = bundledIndex();

describe('the URL is the selection', () => {
  it('reads the top level, a domain and a factor', () => {
    expect(resolveSelection(index, '/')).toEqual({ kind: 'model' });
    const domain = resolveSelection(index, '/domain/personal-factors');
    expect(domain.kind === 'domain' && domain.domain.label).toBe('Personal Factors');
    const factor = resolveSelection(index, '/factor/work-schedules');
    expect(factor.kind === 'factor' && [factor.factor.label, factor.domain.id]).toEqual([
      'Work schedules',
      'learning-practice-environment',
    ]);
    expect(zoomedDomainId(factor)).toBe('learning-practice-environment');
  });

  it('turns an unknown id into "not found" with the closest matches', () => {
    const s = resolveSelection(index, '/factor/wrk-schedule');
    expect(s.kind).toBe('not-found');
    if (s.kind !== 'not-found') return;
    expect(s.asked).toBe('factor');
    expect(suggestionsFor(index, s)[0]).toEqual({
      kind: 'factor',
      id: 'work-schedules',
      label: 'Work schedules',
    });
  });

  it('suggests across kinds when the kind asked for has nothing close', () => {
    const s = resolveSelection(index, '/domain/burnout');
    expect(s.kind === 'not-found' && suggestionsFor(index, s).map((x) => x.id)).toContain(
      'burnout',
    );
  });

  it('treats unknown pages and broken escapes as not found, never as a crash', () => {
    expect(resolveSelection(index, '/nonsense/page').kind).toBe('not-found');
    expect(resolveSelection(index, '/factor/%E0%A4%A').kind).toBe('not-found');
  });
});

describe('sticky query parameters', () => {
  it('carries the model and filters, and nothing else, onto a new path', () => {
    expect(withSticky('/factor/autonomy', '?model=x.json&q=1&audience=nurse')).toBe(
      '/factor/autonomy?model=x.json&audience=nurse',
    );
    expect(withSticky('/', '')).toBe('/');
  });
});

describe('closest matches', () => {
  it('scores near-misses high and strangers low', () => {
    expect(similarity('work-schedule', 'Work schedules')).toBeGreaterThan(0.8);
    expect(similarity('autonomy', 'Litigation risk')).toBeLessThan(0.3);
  });

  it('returns nothing when nothing is close', () => {
    expect(closestMatches('zzzzqqq', [{ id: 'autonomy', label: 'Autonomy' }])).toEqual([]);
  });
});
