import { Link, useLocation } from 'react-router-dom';
import { TYPE_LABELS } from '../model/evidence';
import { isNew } from '../model/evidenceNotes';
import type { Resource } from '../model/types';
import { paths, withSticky } from '../nav/paths';

/**
 * A short list of resources, a line each (title, type, first author, year, New), the first few
 * at once and the rest one disclosure away: what to do about a factor, or about a plan's area.
 */
export function ResourceLines({
  resources,
  first,
  labelledBy,
  more,
}: {
  resources: readonly Resource[];
  /** How many to list at once. */
  first: number;
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** What the disclosure calls the rest, after their count ("more for you"). */
  more: string;
}) {
  const { search } = useLocation();
  const line = (r: Resource) => (
    <li key={r.id}>
      <Link to={withSticky(paths.resource(r.id), search)}>{r.title}</Link>{' '}
      <span className="muted">
        {TYPE_LABELS[r.type]} · {r.authors[0]}
        {r.year ? ` · ${r.year}` : ''}
      </span>
      {isNew(r) && <span className="badge badge--new">New</span>}
    </li>
  );
  return (
    <>
      <ul className="resource-lines" aria-labelledby={labelledBy}>
        {resources.slice(0, first).map(line)}
      </ul>
      {resources.length > first && (
        <details className="resource-lines__more">
          <summary>
            {resources.length - first} {more}
          </summary>
          <ul className="resource-lines">{resources.slice(first).map(line)}</ul>
        </details>
      )}
    </>
  );
}
