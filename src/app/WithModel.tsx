import type { ReactNode } from 'react';
import type { ModelIndex } from '../model/indices';
import { selectModelIndex, useStore } from '../store/store';

/** Renders `children` with the model on show, or a loading line until there is one. */
export function WithModel({ children }: { children: (index: ModelIndex) => ReactNode }) {
  const index = useStore(selectModelIndex);
  return index ? children(index) : <p className="page-message">Loading the model…</p>;
}
