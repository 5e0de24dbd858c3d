import { Link, useLocation } from 'react-router-dom';
import { AUDIENCE_LABELS, TYPE_LABELS } from '../model/evidence';
import { levelLabel } from '../model/evidenceLevels';
import { ACTOR_LABELS, isNew } from '../model/evidenceNotes';
import type { Resource } from '../model/types';
import { paths, withSticky } from '../nav/paths';
import { SafeLink } from './SafeLink';

/** One resource: title, badges, source, summary, why it matters here, and its links. */
export function ResourceCard({
  resource: r,
  why,
}: {
  resource: Resource;
  why?: string | undefined;
}) {
  const { search } = useLocation();
  return (
    <article className={r.retracted ? 'resource resource--retracted' : 'resource'}>
      <h4 className="resource__title">
        <Link to={withSticky(paths.resource(r.id), search)}>{r.title}</Link>
      </h4>
      <p className="resource__badges">
        {r.retracted && <span className="badge badge--retracted">Retracted</span>}
        {isNew(r) && !r.retracted && (
          <span className="badge badge--new" title={`Published in ${r.year}`}>
            New
          </span>
        )}
        <span className="badge badge--type">{TYPE_LABELS[r.type]}</span>
        {levelLabel(r.type) !== TYPE_LABELS[r.type] && (
          <span className="badge badge--level">{levelLabel(r.type)}</span>
        )}
        {r.practicalFor?.map((a) => (
          <span key={a} className="badge badge--act">
            {ACTOR_LABELS[a]}
          </span>
        ))}
        {r.audience.map((a) => (
          <span key={a} className="badge badge--audience">
            {AUDIENCE_LABELS[a]}
          </span>
        ))}
      </p>
      <p className="resource__source">
        {r.authors[0]}
        {r.authors.length > 1 ? ' et al.' : ''} · {r.year ?? 'n.d.'} · {r.venue}
      </p>
      {why && (
        <p className="resource__why">
          <span className="resource__why-label">Why it matters here: </span>
          {why}
        </p>
      )}
      <p className="resource__summary">{r.summary}</p>
      {r.retracted && (
        <p className="resource__warning">
          This paper was retracted. It is listed so you can recognise it, not as evidence.
        </p>
      )}
      <p className="resource__links">
        {r.doi && <SafeLink href={`https://doi.org/${r.doi}`}>doi:{r.doi}</SafeLink>}
        {!r.url.startsWith('https://doi.org/') && <SafeLink href={r.url}>Open the source</SafeLink>}
      </p>
    </article>
  );
}
