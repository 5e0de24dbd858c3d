import { describe, expect, it } from 'vitest';
import { validateModel, validateResourceLibrary } from '../../src/model/validate';
import { readJson } from './helpers';

type Json = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);
const bundled = () => readJson('data/model.json') as Json;
const library = () => readJson('data/resources.json') as Json;
const messages = (r: { ok: boolean; issues?: { path: string; message: string }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.path}: ${i.message}`);

/** A version-1 file: the bundled one with the version-2 tags taken out. */
function versionOne(json: Json, key: 'model' | 'resources'): Json {
  const out = clone(json);
  out.schemaVersion = 1;
  if (key === 'model') {
    delete out.plan;
    for (const d of out.domains as { factors: Json[] }[])
      for (const f of d.factors) delete f.planAreas;
  } else
    for (const r of out.resources as Json[]) {
      delete r.practicalFor;
      delete r.planAreas;
    }
  return out;
}

describe('file versions', () => {
  it('loads version-1 models and libraries, which have none of the version-2 tags', () => {
    expect(messages(validateModel(readJson('tests/fixtures/small-model.json')))).toEqual([]);
    expect(messages(validateModel(versionOne(bundled(), 'model')))).toEqual([]);
    expect(messages(validateResourceLibrary(versionOne(library(), 'resources')))).toEqual([]);
  });

  it('loads the bundled version-2 files, with their plan, plan areas and practical tags', () => {
    const model = validateModel(bundled());
    expect(model.ok && model.value.schemaVersion).toBe(2);
    expect(model.ok && model.value.plan?.areas).toHaveLength(7);
    const lib = validateResourceLibrary(library());
    expect(lib.ok && lib.value.resources.some((r) => r.practicalFor?.includes('person'))).toBe(
      true,
    );
  });

  it('refuses a version it does not know, in one sentence that names where', () => {
    const model = bundled();
    model.schemaVersion = 3;
    expect(messages(validateModel(model)).join('\n')).toMatch(/^\$\.schemaVersion: /m);
  });

  it('refuses a factor tagged with a priority area the plan does not have', () => {
    const model = bundled();
    const factor = (model.domains as { factors: Json[] }[])[0]!.factors[0]!;
    factor.planAreas = ['not-an-area'];
    expect(messages(validateModel(model))).toEqual([
      '$.domains[0].factors[0].planAreas[0]: no plan area has id "not-an-area"',
    ]);
  });

  it('refuses unknown actors and a plan area id that clashes with a factor id', () => {
    const lib = library();
    (lib.resources as Json[])[0]!.practicalFor = ['everyone'];
    expect(messages(validateResourceLibrary(lib)).join('\n')).toMatch(
      /^\$\.resources\[0\]\.practicalFor\[0\]: /m,
    );
    const model = bundled();
    const areas = (model.plan as { areas: Json[] }).areas;
    areas[0]!.id = 'autonomy';
    expect(messages(validateModel(model)).join('\n')).toMatch(/duplicate id "autonomy"/);
  });

  it('checks the priority areas named by a model’s own resources', () => {
    const model = bundled();
    model.resources = [
      {
        ...(library().resources as Json[])[0],
        factors: [],
        outcomes: [],
        planAreas: ['nowhere'],
      },
    ];
    model.links = [];
    model.centreLinks = [];
    expect(messages(validateModel(model))).toEqual([
      '$.resources[0].planAreas[0]: no plan area has id "nowhere"',
    ]);
  });
});
