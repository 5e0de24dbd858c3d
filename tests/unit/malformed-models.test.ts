import { describe, expect, it } from 'vitest';
import { openModel } from '../../src/model/open';
import { readJson } from './helpers';

const valid = () => readJson('tests/fixtures/small-model.json') as any;
const text = (fn: (m: any) => void) => {
  const m = valid();
  fn(m);
  return JSON.stringify(m);
};

/** A corpus of broken models, each with what a person should be told. */
const CORPUS: [string, string, RegExp][] = [
  ['truncated JSON', JSON.stringify(valid()).slice(0, 300), /stops part-way through/],
  ['not JSON at all', 'domains: 7', /not valid JSON: the first problem is at line 1, column 1/],
  ['a web page', '<!doctype html><title>Sign in</title>', /a web page, not a model file/],
  ['empty', '', /The file is empty/],
  ['wrong types', text((m) => (m.domains = 'seven')), /\$\.domains: .*expected array/],
  [
    'a number for a label',
    text((m) => (m.domains[0].factors[0].label = 42)),
    /\$\.domains\[0\]\.factors\[0\]\.label/,
  ],
  [
    'duplicate ids',
    text((m) => (m.domains[1].factors[0].id = m.domains[0].factors[0].id)),
    /duplicate id/,
  ],
  [
    'a dangling reference',
    text((m) => (m.links[0].outcome = 'nowhere')),
    /no outcome has id "nowhere"/,
  ],
  [
    'a javascript: link',
    text((m) => (m.source = { citation: 'x', url: 'javascript:alert(1)' })),
    /\$\.source\.url: must be an https:\/\/ address/,
  ],
  [
    'a huge string',
    text((m) => (m.domains[0].description = 'x'.repeat(100_000))),
    /must be at most 3000 characters/,
  ],
  [
    'an empty domain',
    text((m) => (m.domains[0].factors = [])),
    /a domain needs at least one factor/,
  ],
  [
    'deep nesting',
    `{"a":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
    /\$: Unrecognized key|\$\.schemaVersion/,
  ],
  ['unknown fields', text((m) => (m.domains[0].colour = 'red')), /Unrecognized key/],
];

describe('the loader, given a corpus of malformed models', () => {
  it.each(CORPUS)(
    '%s: says what is wrong and where, and never throws',
    async (_, body, expected) => {
      const result = await openModel({
        kind: 'file',
        file: new File([body], 'broken.json'),
        name: 'broken.json',
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const said = [
        result.error.summary,
        ...result.error.issues.map((i) => `${i.path}: ${i.message}`),
      ].join('\n');
      expect(said).toMatch(expected);
    },
  );

  it('renders HTML in labels as text: it is a valid label, shown as written', async () => {
    const body = text((m) => (m.domains[0].factors[0].label = '<img src=x onerror=alert(1)>'));
    const result = await openModel({
      kind: 'file',
      file: new File([body], 'html.json'),
      name: 'html.json',
    });
    expect(result.ok && result.value.domains[0]!.factors[0]!.label).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
