import type { Resource, ResourceType } from '../../model/types';

/** A CSL-JSON item (the subset this app writes). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  note?: string;
}

/** The mark every export carries for a retracted paper. */
export const RETRACTED_NOTE = 'RETRACTED: this paper was retracted; do not cite it as evidence.';

const JOURNAL_TYPES: ResourceType[] = [
  'meta-analysis',
  'systematic-review',
  'randomised-trial',
  'observational-study',
  'review',
];

/**
 * A name as the data writes it ("Shanafelt TD") split into family name and initials; an
 * organisation ("National Academy of Medicine") stays whole.
 * @example cslName('Shanafelt TD') // { family: 'Shanafelt', given: 'T. D.' }
 * @example cslName('American Nurses Association') // { literal: 'American Nurses Association' }
 */
export function cslName(name: string): { family: string; given?: string } | { literal: string } {
  const match = /^(.+?)\s+([A-Z]{1,4})$/.exec(name.trim());
  if (!match) return { literal: name.trim() };
  // "TD" becomes "T. D.", so each style writes the initials its own way ("TD", "T. D.").
  return { family: match[1] as string, given: `${[...(match[2] as string)].join('. ')}.` };
}

/**
 * Splits a venue written like "Mayo Clinic Proceedings 90(12):1600-1613" into its parts; any
 * other venue is kept whole as the container or publisher.
 * @example parseVenue('BMJ Open 7(6):e015141') // { container: 'BMJ Open', volume: '7', issue: '6', page: 'e015141' }
 */
export function parseVenue(venue: string) {
  const match = /^(.*?)\s+(\d+)(?:\(([^)]+)\))?(?::\s*([\w–-]+))?(?:\s.*)?$/.exec(venue.trim());
  if (!match || !/\d/.test(match[2] ?? '')) return { container: venue.trim() };
  return {
    container: (match[1] as string).trim(),
    volume: match[2],
    ...(match[3] ? { issue: match[3] } : {}),
    ...(match[4] ? { page: match[4] } : {}),
  };
}

/** A resource as CSL-JSON, the form every other format is made from. */
export function toCsl(r: Resource): CslItem {
  const journal = JOURNAL_TYPES.includes(r.type) && /\d/.test(r.venue);
  const venue = parseVenue(r.venue);
  const item: CslItem = {
    id: r.id,
    type: journal
      ? 'article-journal'
      : r.type === 'website' || r.type === 'crisis-line'
        ? 'webpage'
        : 'report',
    title: r.retracted ? `${r.title} [Retracted]` : r.title,
    author: r.authors.map(cslName),
    ...(r.year ? { issued: { 'date-parts': [[r.year]] } } : {}),
    ...(r.doi ? { DOI: r.doi } : {}),
    URL: r.url,
    ...(r.retracted ? { note: RETRACTED_NOTE } : {}),
  };
  if (journal) {
    item['container-title'] = venue.container;
    if ('volume' in venue && venue.volume) item.volume = venue.volume;
    if ('issue' in venue && venue.issue) item.issue = venue.issue;
    if ('page' in venue && venue.page) item.page = venue.page;
  } else item.publisher = r.venue;
  return item;
}

const RIS_TYPES: Record<string, string> = {
  'article-journal': 'JOUR',
  report: 'RPRT',
  webpage: 'ELEC',
};

/**
 * RIS, written here rather than by a library so no line is ever wrapped (a wrapped title comes
 * back split in two in some reference managers).
 * @example toRisText([item]) // 'TY  - JOUR\r\nAU  - Shanafelt, T. D.\r\n…ER  - \r\n'
 */
export function risOf(items: readonly CslItem[]): string {
  const one = (item: CslItem) => {
    const lines: [string, string | undefined][] = [
      ['TY', RIS_TYPES[item.type] ?? 'GEN'],
      ...(item.author ?? []).map((a): [string, string] => [
        'AU',
        'literal' in a ? a.literal : `${a.family}, ${a.given ?? ''}`.trim(),
      ]),
      ['TI', item.title],
      ['T2', item['container-title']],
      ['PB', item.publisher],
      ['PY', item.issued?.['date-parts'][0]?.[0]?.toString()],
      ['VL', item.volume],
      ['IS', item.issue],
      ['SP', item.page?.split(/[-–]/)[0]],
      ['EP', item.page?.split(/[-–]/)[1]],
      ['DO', item.DOI],
      ['UR', item.URL],
      ['N1', item.note],
      ['ID', item.id],
    ];
    return [
      ...lines
        .filter((l): l is [string, string] => Boolean(l[1]))
        .map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`),
      'ER  - ',
    ].join('\r\n');
  };
  return items.map(one).join('\r\n\r\n') + '\r\n';
}
