import { useMemo, useState } from 'react';
import type { Resource } from '../../model/types';
import { Dialog } from '../share/Dialog';
import { download, fileNameFor } from '../share/exportImage';
import {
  formatReferences,
  STYLE_LABELS,
  toBibtex,
  toCslJson,
  toRis,
  type ReferenceStyle,
} from './formats';

/**
 * Cite a set of resources: a formatted reference list to copy (AMA or APA), and files that
 * Zotero and other reference managers import (BibTeX, RIS, CSL-JSON). Retracted papers keep
 * their mark in every one.
 */
export default function CiteDialog({
  title,
  resources,
  onClose,
}: {
  /** What is being cited, e.g. "Autonomy" or "Everything shown". */
  title: string;
  resources: readonly Resource[];
  onClose: () => void;
}) {
  const [style, setStyle] = useState<ReferenceStyle>('ama');
  const [status, setStatus] = useState('');
  const text = useMemo(() => formatReferences(resources, style), [resources, style]);
  const retracted = resources.filter((r) => r.retracted).length;
  const save = (content: string, extension: string, type: string) => {
    download(new Blob([content], { type }), fileNameFor(`${title} references`, extension));
    setStatus(`Saved ${fileNameFor(`${title} references`, extension)}.`);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${STYLE_LABELS[style]} references copied.`);
    } catch {
      setStatus(
        'Select the references and copy them yourself: this browser did not allow copying.',
      );
    }
  };
  return (
    <Dialog title={`Cite: ${title}`} onClose={onClose} className="dialog--cite">
      <p>
        {resources.length} reference{resources.length === 1 ? '' : 's'}
        {retracted > 0 && <strong> ({retracted} retracted, marked as such in every format)</strong>}
        .
      </p>
      <fieldset className="cite__styles">
        <legend>Style</legend>
        {(Object.keys(STYLE_LABELS) as ReferenceStyle[]).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="cite-style"
              checked={style === s}
              onChange={() => setStyle(s)}
            />{' '}
            {STYLE_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <label htmlFor="cite-text" className="visually-hidden">
        {STYLE_LABELS[style]} references
      </label>
      <textarea
        id="cite-text"
        readOnly
        rows={Math.min(12, resources.length * 3 + 1)}
        value={text}
      />
      <p className="share__buttons">
        <button type="button" onClick={() => void copy()}>
          Copy {STYLE_LABELS[style]} references
        </button>
        <button
          type="button"
          onClick={() => save(toBibtex(resources), 'bib', 'application/x-bibtex')}
        >
          BibTeX
        </button>
        <button
          type="button"
          onClick={() => save(toRis(resources), 'ris', 'application/x-research-info-systems')}
        >
          RIS
        </button>
        <button
          type="button"
          onClick={() =>
            save(toCslJson(resources), 'json', 'application/vnd.citationstyles.csl+json')
          }
        >
          CSL-JSON
        </button>
      </p>
      <p role="status">{status}</p>
    </Dialog>
  );
}
