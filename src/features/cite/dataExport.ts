import type { ModelIndex } from '../../model/indices';
import { domainsInGroupOrder } from '../../model/indices';
import type { Resource } from '../../model/types';

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and made inert when
 * it starts like a spreadsheet formula.
 * @example csvField('a, "b"') // '"a, ""b"""'
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(value: unknown): string {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with a header, lines ending CRLF. */
export const toCsv = (header: string[], rows: unknown[][]) =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** Every factor with its domain and group. */
export function factorsCsv(index: ModelIndex) {
  const rows = domainsInGroupOrder(index.model).flatMap((d) =>
    d.factors.map((f) => [
      index.groupById.get(d.group)?.label,
      d.id,
      d.label,
      f.id,
      f.label,
      f.description,
    ]),
  );
  return toCsv(['group', 'domain_id', 'domain', 'factor_id', 'factor', 'description'], rows);
}

/** Every resource, with the factors it supports. */
export function resourcesCsv(resources: readonly Resource[]) {
  const rows = resources.map((r) => [
    r.id,
    r.title,
    r.authors.join('; '),
    r.year,
    r.venue,
    r.doi,
    r.url,
    r.type,
    r.audience.join('; '),
    r.retracted ? 'yes' : 'no',
    r.factors.map((f) => f.id).join('; '),
    r.outcomes.join('; '),
  ]);
  return toCsv(
    [
      'id',
      'title',
      'authors',
      'year',
      'venue',
      'doi',
      'url',
      'type',
      'audience',
      'retracted',
      'factors',
      'outcomes',
    ],
    rows,
  );
}

/** Every factor → outcome link, with its direction, grade, summary and supporting resources. */
export function linksCsv(index: ModelIndex) {
  const rows = index.model.links.map((l) => [
    l.factor,
    index.factorById.get(l.factor)?.label,
    l.outcome,
    index.outcomeById.get(l.outcome)?.label,
    l.direction,
    l.grade,
    l.summary,
    l.resources.join('; '),
  ]);
  return toCsv(
    ['factor_id', 'factor', 'outcome_id', 'outcome', 'direction', 'grade', 'summary', 'resources'],
    rows,
  );
}

/** The model with its resources in one JSON file: `model` and `resources`, each valid against its published schema. */
export const dataJson = (index: ModelIndex, resources: readonly Resource[]) =>
  JSON.stringify(
    {
      model: { $schema: '/model.schema.json', ...index.model },
      resources: { $schema: '/resources.schema.json', schemaVersion: 1, resources },
    },
    null,
    2,
  );
