import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { Resource } from '../../model/types';
import { AMA_CSL } from './ama';
import { risOf, toCsl } from './csl';

/**
 * Every citation format, from the same CSL-JSON: formatted references (AMA and APA, through
 * citation-js and citeproc), BibTeX, RIS (./csl.ts) and CSL-JSON. Loaded only when a person asks
 * to cite.
 */
const styles = plugins.config.get('@csl').styles;
if (!styles.has('cwb-ama')) styles.add('cwb-ama', AMA_CSL);

export type ReferenceStyle = 'ama' | 'apa';
export const STYLE_LABELS: Record<ReferenceStyle, string> = { ama: 'AMA', apa: 'APA' };

const cite = (resources: readonly Resource[]) => new Cite(resources.map(toCsl));

/** A reference list in a style, as plain text (one reference a line). */
export function formatReferences(resources: readonly Resource[], style: ReferenceStyle): string {
  return cite(resources)
    .format('bibliography', {
      format: 'text',
      template: style === 'ama' ? 'cwb-ama' : 'apa',
      lang: 'en-US',
    })
    .toString()
    .trim();
}

/** BibTeX; a retracted paper keeps its mark in its title and a note. */
export const toBibtex = (resources: readonly Resource[]) =>
  cite(resources).format('bibtex').toString();

/** RIS, which reference managers such as Zotero and EndNote import. */
export const toRis = (resources: readonly Resource[]) => risOf(resources.map(toCsl));

/** CSL-JSON, the citation data itself. */
export const toCslJson = (resources: readonly Resource[]) =>
  JSON.stringify(resources.map(toCsl), null, 2);
