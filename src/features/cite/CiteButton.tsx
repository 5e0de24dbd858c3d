import { lazy, Suspense, useState } from 'react';
import type { Resource } from '../../model/types';

const CiteDialog = lazy(() => import('./CiteDialog'));

/** A "Cite" button that opens the citation dialog (loaded, with citation-js, only when pressed). */
export function CiteButton({
  title,
  resources,
  label = 'Cite',
}: {
  title: string;
  resources: readonly Resource[];
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  if (resources.length === 0) return null;
  return (
    <>
      <button type="button" className="cite-button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <CiteDialog title={title} resources={resources} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
