import { describe, expect, it } from 'vitest';
import { servesAudience } from '../../src/model/evidence';
import { isPractical, isResearch, levelOf, rankResources } from '../../src/model/evidenceLevels';
import type { Resource } from '../../src/model/types';

const resource = (over: Partial<Resource>): Resource => ({
  id: 'r',
  title: 'T',
  authors: ['A'],
  year: 2020,
  venue: 'V',
  url: 'https://example.org',
  type: 'observational-study',
  audience: ['nurse'],
  summary: 'S',
  retracted: false,
  factors: [],
  outcomes: [],
  domains: [],
  ...over,
});

describe('evidence levels', () => {
  it('derive from the type', () => {
    expect(levelOf('meta-analysis')).toBe('synthesis');
    expect(levelOf('randomised-trial')).toBe('trial');
    expect(levelOf('toolkit')).toBe('practical');
    expect(isResearch('discussion-paper')).toBe(true);
    expect(isPractical('instrument')).toBe(true);
    expect(isPractical('guideline')).toBe(true);
  });

  it('rank strongest first, newest first within a level, retracted last', () => {
    const items = [
      { resource: resource({ id: 'kit', type: 'toolkit' }) },
      { resource: resource({ id: 'old', year: 2010 }) },
      { resource: resource({ id: 'meta-retracted', type: 'meta-analysis', retracted: true }) },
      { resource: resource({ id: 'new', year: 2022 }) },
      { resource: resource({ id: 'meta', type: 'meta-analysis' }) },
    ];
    expect(rankResources(items).map((i) => i.resource.id)).toEqual([
      'meta',
      'new',
      'old',
      'kit',
      'meta-retracted',
    ]);
  });

  it('treats resources for everyone as serving every audience', () => {
    expect(servesAudience(resource({ audience: ['everyone'] }), 'dentist')).toBe(true);
    expect(servesAudience(resource({ audience: ['nurse'] }), 'dentist')).toBe(false);
  });
});
