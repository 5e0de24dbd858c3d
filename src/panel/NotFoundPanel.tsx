import { Link, useLocation } from 'react-router-dom';
import { useMemo } from 'react';
import type { ModelIndex } from '../model/indices';
import type { Selection } from '../nav/selection';
import { paths, withSticky } from '../nav/paths';
import { suggestionsFor } from '../nav/suggestions';
import { PanelFrame } from './PanelFrame';

const KIND_WORDS = {
  domain: 'domain',
  factor: 'factor',
  outcome: 'outcome',
  resource: 'resource',
  page: 'page',
} as const;

/** A friendly dead end: what was asked for, the closest matches, and a way back. */
export function NotFoundPanel({
  index,
  selection,
}: {
  index: ModelIndex;
  selection: Extract<Selection, { kind: 'not-found' }>;
}) {
  const { search } = useLocation();
  const suggestions = useMemo(() => suggestionsFor(index, selection), [index, selection]);
  const what = KIND_WORDS[selection.asked];
  return (
    <PanelFrame variant="detail" kicker="Not found" title={`No ${what} called “${selection.id}”`}>
      <p>
        This link may be mistyped or out of date. The model on show has no {what} with that address.
      </p>
      {suggestions.length > 0 && (
        <>
          <h3>Did you mean</h3>
          <ul className="link-list">
            {suggestions.map((s) => (
              <li key={`${s.kind}-${s.id}`}>
                <Link to={withSticky(paths[s.kind](s.id), search)}>{s.label}</Link>{' '}
                <span className="muted">({s.kind})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={withSticky(paths.model(), search)}>Back to the whole model</Link>
      </p>
    </PanelFrame>
  );
}
