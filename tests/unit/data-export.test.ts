import { describe, expect, it } from 'vitest';
import {
  csvField,
  dataJson,
  factorsCsv,
  linksCsv,
  resourcesCsv,
} from '../../src/features/cite/dataExport';
import { buildIndex } from '../../src/model/indices';
import type { Resource } from '../../src/model/types';
import { validateModel, validateResourceLibrary } from '../../src/model/validate';
import { bundledModel, readJson, resourceLibrary } from './helpers';

/** A small RFC 4180 reader, to check that what is written reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const index = buildIndex(bundledModel());
const resources = resourceLibrary().resources as Resource[];

describe('CSV exports', () => {
  it('quote what needs quoting and defuse formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(undefined)).toBe('');
  });

  it('round-trip factors: every factor, with its domain, reads back the same', () => {
    const rows = parseCsv(factorsCsv(index));
    expect(rows[0]).toEqual(['group', 'domain_id', 'domain', 'factor_id', 'factor', 'description']);
    expect(rows).toHaveLength(1 + 67);
    const media = rows.find((r) => r[3] === 'media-portrayal')!;
    expect(media[2]).toBe('Society & Culture');
    expect(media[5]).toBe(index.factorById.get('media-portrayal')!.description);
  });

  it('round-trip resources and links, titles and summaries with commas and quotes intact', () => {
    const rows = parseCsv(resourcesCsv(resources));
    expect(rows).toHaveLength(1 + resources.length);
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(resources[i]!.id);
      expect(row[1]).toBe(resources[i]!.title);
      expect(row[9]).toBe(resources[i]!.retracted ? 'yes' : 'no');
    });
    const links = parseCsv(linksCsv(index));
    expect(links).toHaveLength(1 + index.model.links.length);
    expect(links[1]![6]).toBe(index.model.links[0]!.summary);
  });
});

describe('the JSON export', () => {
  it('holds the model and its resources, each valid against its schema', () => {
    const data = JSON.parse(dataJson(index, resources)) as { model: unknown; resources: unknown };
    expect(validateModel(data.model).ok).toBe(true);
    expect(validateResourceLibrary(data.resources).ok).toBe(true);
  });
});

describe('a model with its own resource library', () => {
  const example = () => readJson('data/examples/team-well-being.json') as any;

  it('validates, so its evidence is its own', () => {
    const result = validateModel(example());
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.resources?.map((r) => r.id)).toContain(
      'west-2016-lancet-interventions-meta',
    );
  });

  it('must cite resources it has, for factors and outcomes it has, each once', () => {
    const bad = example();
    bad.links[0].resources.push('not-in-this-model');
    bad.resources.push({ ...bad.resources[0] });
    bad.resources[1].factors[0].id = 'no-such-factor';
    const result = validateModel(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual(
      expect.arrayContaining([
        {
          path: '$.links[0].resources[2]',
          message: 'no resource in this model has id "not-in-this-model"',
        },
        {
          path: `$.resources[${bad.resources.length - 1}].id`,
          message: 'duplicate resource id "west-2016-lancet-interventions-meta"',
        },
        { path: '$.resources[1].factors[0].id', message: 'no factor has id "no-such-factor"' },
      ]),
    );
  });

  it('is optional: a version-1 model without one still loads', () => {
    expect(validateModel(readJson('tests/fixtures/small-model.json')).ok).toBe(true);
  });
});
