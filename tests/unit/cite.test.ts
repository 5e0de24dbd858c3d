import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { cslName, parseVenue, RETRACTED_NOTE, toCsl } from '../../src/features/cite/csl';
import { formatReferences, toBibtex, toCslJson, toRis } from '../../src/features/cite/formats';
import type { Resource } from '../../src/model/types';
import { resourceLibrary } from './helpers';

const library = resourceLibrary().resources as Resource[];
const byId = (id: string) => library.find((r) => r.id === id)!;
const shanafelt = library.find((r) => r.venue.startsWith('Mayo Clinic Proceedings 90(12)'))!;
const retracted = library.find((r) => r.retracted)!;

describe('citation data', () => {
  it('splits personal names into family name and initials, and keeps organisations whole', () => {
    expect(cslName('Shanafelt TD')).toEqual({ family: 'Shanafelt', given: 'T. D.' });
    expect(cslName("O'Connor DB")).toEqual({ family: "O'Connor", given: 'D. B.' });
    expect(cslName('National Academy of Medicine')).toEqual({
      literal: 'National Academy of Medicine',
    });
  });

  it('reads volume, issue and pages from a venue, and leaves other venues whole', () => {
    expect(parseVenue('Mayo Clinic Proceedings 90(12):1600-1613')).toEqual({
      container: 'Mayo Clinic Proceedings',
      volume: '90',
      issue: '12',
      page: '1600-1613',
    });
    expect(parseVenue('BMC Health Services Research 18')).toEqual({
      container: 'BMC Health Services Research',
      volume: '18',
    });
    expect(parseVenue('The National Academies Press (Washington, DC)')).toEqual({
      container: 'The National Academies Press (Washington, DC)',
    });
  });

  it('gives every resource valid CSL-JSON: an id, a type, a title, and a mark on retracted papers', () => {
    const items = JSON.parse(toCslJson(library)) as ReturnType<typeof toCsl>[];
    expect(items).toHaveLength(library.length);
    for (const item of items) {
      expect(item.id).toMatch(/^[a-z0-9-]+$/);
      expect(['article-journal', 'report', 'webpage']).toContain(item.type);
      expect(item.title.length).toBeGreaterThan(0);
    }
    // citation-js (the CSL processor's own reader) takes every item as CSL-JSON.
    const read = new Cite(items);
    expect(read.data.map((d) => d.id)).toEqual(items.map((i) => i.id));
    const marked = items.find((i) => i.id === retracted.id)!;
    expect(marked.title).toMatch(/\[Retracted\]$/);
    expect(marked.note).toBe(RETRACTED_NOTE);
  });
});

describe('formatted references', () => {
  it('follow AMA: family name and initials, italic-free text, year;volume(issue):pages, doi', () => {
    const ama = formatReferences([shanafelt], 'ama');
    expect(ama).toMatch(/^1\.\s+Shanafelt TD, Hasan O, Dyrbye LN, et al\. /);
    expect(ama).toMatch(/Mayo Clinic Proceedings\. 2015;90\(12\):1600[-–]1613\./);
    expect(ama).toContain(`doi:${shanafelt.doi}`);
  });

  it('follow APA: year in brackets after the authors, and the DOI as a link', () => {
    const apa = formatReferences([shanafelt], 'apa');
    expect(apa).toMatch(/^Shanafelt, T\. D\., .*\(2015\)\. /);
    expect(apa).toContain(`https://doi.org/${shanafelt.doi}`);
  });

  it('carry the retraction into every format', () => {
    expect(formatReferences([retracted], 'ama')).toContain('[Retracted]');
    expect(formatReferences([retracted], 'apa')).toContain('[Retracted]');
    expect(toBibtex([retracted])).toMatch(/Retracted/);
    expect(toRis([retracted])).toMatch(/Retracted/);
  });
});

describe('reference-manager files', () => {
  it('BibTeX parses back to the same titles, DOIs and years', async () => {
    const some = library.slice(0, 25);
    const parsed = (await Cite.async(toBibtex(some))).data;
    expect(parsed).toHaveLength(25);
    for (const [i, r] of some.entries()) {
      const item = parsed[i] as {
        title?: string;
        DOI?: string;
        issued?: { 'date-parts': number[][] };
      };
      expect(item.title?.replace(/[{}]/g, '')).toBe(
        r.retracted ? `${r.title} [Retracted]` : r.title,
      );
      if (r.doi) expect(item.DOI).toBe(r.doi);
      if (r.year) expect(item.issued?.['date-parts'][0]?.[0]).toBe(r.year);
    }
  });

  it('RIS parses back to the same titles and DOIs', async () => {
    const some = library.slice(25, 50);
    const parsed = (await Cite.async(toRis(some))).data;
    expect(parsed).toHaveLength(25);
    for (const [i, r] of some.entries()) {
      const item = parsed[i] as { title?: string; DOI?: string };
      expect(item.title).toBe(r.retracted ? `${r.title} [Retracted]` : r.title);
      if (r.doi) expect(item.DOI).toBe(r.doi);
    }
  });

  it('keeps organisations as authors', () => {
    const org = library.find((r) => r.authors.some((a) => !/\s[A-Z]{1,4}$/.test(a)))!;
    expect(toRis([org])).toContain(`AU  - ${org.authors[0]}`);
    void byId;
  });
});
