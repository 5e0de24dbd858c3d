import { describe, expect, it } from 'vitest';
import labels from '../fixtures/nam-factor-labels.json';
import { bundledModel, readJson, smallModel } from './helpers';
import { buildIndex, domainsInGroupOrder } from '../../src/model/indices';
import { formatPath, validateModel } from '../../src/model/validate';

describe('the bundled NAM model', () => {
  const model = bundledModel();

  it('has the seven domains with exactly the reference factor labels, in order', () => {
    const actual = Object.fromEntries(
      model.domains.map((d) => [d.label, d.factors.map((f) => f.label)]),
    );
    expect(actual).toEqual(labels);
    expect(model.domains.flatMap((d) => d.factors)).toHaveLength(67);
  });

  it('groups five external and two individual domains', () => {
    const byGroup = (g: string) => model.domains.filter((d) => d.group === g).map((d) => d.label);
    expect(byGroup('external')).toEqual([
      'Society & Culture',
      'Rules & Regulations',
      'Organizational Factors',
      'Learning/Practice Environment',
      'Health Care Responsibilities',
    ]);
    expect(byGroup('individual')).toEqual(['Personal Factors', 'Skills & Abilities']);
  });

  it('has the three centre rings, innermost first', () => {
    expect(model.centre.map((c) => c.label)).toEqual([
      'Clinician Well-Being',
      'Clinician–Patient Relationship',
      'Patient Well-Being',
    ]);
  });

  it('has outcomes for clinicians, patients and the health system', () => {
    const categories = new Set(model.outcomes.map((o) => o.category));
    expect([...categories].sort()).toEqual(['clinician', 'patient', 'system']);
  });

  it('gives every element a description of two or more sentences, and factors a short label that fits', () => {
    for (const d of model.domains)
      for (const f of d.factors) {
        expect(
          f.description.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3).length,
        ).toBeGreaterThanOrEqual(2);
        expect((f.shortLabel ?? f.label).length).toBeLessThanOrEqual(22);
      }
  });

  it('cites its source with the NAM DOI', () => {
    expect(model.source?.doi).toBe('10.31478/201801b');
    expect(model.source?.citation).toMatch(/Brigham T/);
  });
});

describe('validateModel', () => {
  const valid = readJson('tests/fixtures/small-model.json') as Record<string, unknown>;
  const clone = () => structuredClone(valid) as any;

  it('accepts a different model in the same schema', () => {
    expect(smallModel().domains).toHaveLength(3);
  });

  it('names the JSON path and the reason for a shape error', () => {
    const bad = clone();
    bad.domains[1].factors[2].id = 'Not Kebab';
    delete bad.domains[0].description;
    const result = validateModel(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({
      path: '$.domains[1].factors[2].id',
      message: expect.stringMatching(/kebab-case/),
    });
    expect(result.issues.map((i) => i.path)).toContain('$.domains[0].description');
  });

  it('reports duplicate ids and dangling references with their paths', () => {
    const bad = clone();
    bad.domains[1].factors[0].id = 'sleep';
    bad.domains[2].group = 'nowhere';
    bad.links[0].outcome = 'gone';
    const result = validateModel(bad);
    if (result.ok) throw new Error('expected failure');
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: '$.domains[1].factors[0].id',
          message: 'duplicate id "sleep" (first used at $.domains[0].factors[0].id)',
        },
        { path: '$.domains[2].group', message: 'no group has id "nowhere"' },
        { path: '$.links[0].outcome', message: 'no outcome has id "gone"' },
      ]),
    );
  });

  it('reports a repeated outcome category, even one that reuses another kind’s id', () => {
    const bad = clone();
    bad.outcomeCategories.push({ ...bad.outcomeCategories[0] });
    bad.outcomeCategories.push({ id: 'sleep', label: 'Sleep outcomes' });
    const result = validateModel(bad);
    if (result.ok) throw new Error('expected failure');
    const n = bad.outcomeCategories.length;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: `$.outcomeCategories[${n - 2}].id`,
          message: `duplicate id "${bad.outcomeCategories[0].id}" (first used at $.outcomeCategories[0].id)`,
        },
        {
          path: `$.outcomeCategories[${n - 1}].id`,
          message: 'duplicate id "sleep" (first used at $.domains[0].factors[0].id)',
        },
      ]),
    );
  });

  it('reports a centre link given twice', () => {
    const bad = clone();
    bad.centreLinks = [
      {
        from: 'team-health',
        to: 'team-health',
        direction: 'raises',
        grade: 'strong',
        summary: 'S.',
        resources: ['x'],
      },
    ];
    bad.centreLinks.push({ ...bad.centreLinks[0], summary: 'Again.' });
    const result = validateModel(bad);
    if (result.ok) throw new Error('expected failure');
    expect(result.issues).toContainEqual({
      path: '$.centreLinks[1]',
      message: 'duplicate centre link team-health→team-health',
    });
  });

  it('rejects things that are not models at all', () => {
    for (const junk of [null, 42, 'model', [], {}]) expect(validateModel(junk).ok).toBe(false);
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    const bad = clone();
    bad.domains[0].factros = [];
    const result = validateModel(bad);
    expect(result.ok).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes paths the way a person reads JSON', () => {
    expect(formatPath(['domains', 2, 'factors', 0, 'id'])).toBe('$.domains[2].factors[0].id');
    expect(formatPath([])).toBe('$');
  });
});

describe('buildIndex', () => {
  it('finds a factor’s domain and every element’s kind', () => {
    const index = buildIndex(bundledModel());
    expect(index.domainOfFactor.get('media-portrayal')?.label).toBe('Society & Culture');
    expect(index.kindOf.get('work-schedules')).toBe('factor');
    expect(index.kindOf.get('burnout')).toBe('outcome');
  });

  it('orders domains by group', () => {
    const order = domainsInGroupOrder(smallModel()).map((d) => d.id);
    expect(order).toEqual(['teams', 'rest', 'money']);
  });
});
