import { describe, expect, it } from 'vitest';
import { isResearch } from '../../src/model/evidenceLevels';
import { validateResourceLibrary } from '../../src/model/validate';
import { bundledModel, readJson, resourceLibrary } from './helpers';

const model = bundledModel();
const library = resourceLibrary();
const resources = library.resources;
const byId = new Map(resources.map((r) => [r.id, r]));
const factorIds = new Set(model.domains.flatMap((d) => d.factors.map((f) => f.id)));
const outcomeIds = new Set(model.outcomes.map((o) => o.id));
const domainIds = new Set(model.domains.map((d) => d.id));

describe('the resource library', () => {
  it('passes its schema, with no duplicate ids', () => {
    const result = validateResourceLibrary(readJson('data/resources.json'));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('holds at least 150 distinct resources', () => {
    expect(byId.size).toBe(resources.length);
    expect(resources.length).toBeGreaterThanOrEqual(150);
  });

  it('uses https for every URL and well-formed DOIs', () => {
    for (const r of resources) {
      expect(r.url, r.id).toMatch(/^https:\/\/[^\s]+$/);
      if (r.doi) expect(r.doi, r.id).toMatch(/^10\.\d{4,9}\/[^\s]+$/);
    }
  });

  it('points only at factors, outcomes and domains that exist', () => {
    for (const r of resources) {
      for (const f of r.factors) expect(factorIds.has(f.id), `${r.id} → ${f.id}`).toBe(true);
      for (const o of r.outcomes) expect(outcomeIds.has(o), `${r.id} → ${o}`).toBe(true);
      for (const d of r.domains) expect(domainIds.has(d), `${r.id} → ${d}`).toBe(true);
    }
  });

  it('gives every factor at least three resources, one of them research, each with a reason', () => {
    for (const id of factorIds) {
      const linked = resources.filter((r) => r.factors.some((f) => f.id === id));
      expect(linked.length, id).toBeGreaterThanOrEqual(3);
      expect(
        linked.some((r) => isResearch(r.type) && !r.retracted),
        id,
      ).toBe(true);
      for (const r of linked)
        expect(r.factors.find((f) => f.id === id)?.why.length).toBeGreaterThan(5);
    }
  });

  it('uses every resource at least once', () => {
    const cited = new Set(model.links.flatMap((l) => l.resources));
    model.centreLinks.forEach((l) => l.resources.forEach((r) => cited.add(r)));
    for (const r of resources) {
      const used =
        r.factors.length > 0 || r.outcomes.length > 0 || r.scope === 'model' || cited.has(r.id);
      expect(used, r.id).toBe(true);
    }
  });

  it('marks the retracted paper and never lets it stand alone', () => {
    const retracted = resources.filter((r) => r.retracted);
    expect(retracted.map((r) => r.id)).toEqual(['panagioti-2018-burnout-safety-meta-retracted']);
    for (const l of [...model.links, ...model.centreLinks]) {
      const live = l.resources.filter((id) => !byId.get(id)?.retracted);
      expect(live.length).toBeGreaterThan(0);
    }
  });

  it('tags as something to do only things to use, never a study or a synthesis of studies', () => {
    const studies = [
      'observational-study',
      'randomised-trial',
      'meta-analysis',
      'systematic-review',
    ];
    const practical = resources.filter((r) => r.practicalFor?.length);
    expect(practical.length).toBeGreaterThan(60);
    for (const r of practical) expect(studies, r.id).not.toContain(r.type);
  });
});

describe('factor → outcome links', () => {
  it('number at least 40, each backed by resources that exist', () => {
    expect(model.links.length).toBeGreaterThanOrEqual(40);
    for (const l of model.links)
      for (const id of l.resources)
        expect(byId.has(id), `${l.factor}→${l.outcome}: ${id}`).toBe(true);
  });

  it('grade "strong" only with a synthesis or at least three studies behind it', () => {
    for (const l of model.links.filter((x) => x.grade === 'strong')) {
      const types = l.resources.map((id) => byId.get(id)!.type);
      const synthesis = types.some((t) => t === 'meta-analysis' || t === 'systematic-review');
      const studies = types.filter(
        (t) => t === 'observational-study' || t === 'randomised-trial',
      ).length;
      expect(synthesis || studies >= 3, `${l.factor}→${l.outcome}`).toBe(true);
    }
  });

  it('link the centre: clinician well-being → relationship → patient well-being', () => {
    expect(model.centreLinks.map((l) => [l.from, l.to])).toEqual([
      ['clinician-well-being', 'clinician-patient-relationship'],
      ['clinician-patient-relationship', 'patient-well-being'],
    ]);
  });
});
