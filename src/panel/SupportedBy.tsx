import { Link, useLocation } from 'react-router-dom';
import { useResourceIndex } from '../app/data';
import { paths, withSticky } from '../nav/paths';

/** "Supported by: …" with each resource's title linked to its page, once the titles are loaded. */
export function SupportedBy({ ids }: { ids: string[] }) {
  const { search } = useLocation();
  const library = useResourceIndex();
  if (library.status !== 'ready')
    return (
      <p className="evidence-links__sources muted">
        Supported by {ids.length} source{ids.length === 1 ? '' : 's'}
        {library.status === 'error' ? ' (their details could not be loaded).' : ' (loading…)'}
      </p>
    );
  return (
    <p className="evidence-links__sources">
      Supported by:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <Link to={withSticky(paths.resource(id), search)}>
            {library.value.byId.get(id)?.title ?? id}
          </Link>
        </span>
      ))}
    </p>
  );
}
