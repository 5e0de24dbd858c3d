import { Link, useLocation } from 'react-router-dom';
import { useResourceIndex } from '../app/data';
import { paths, withSticky } from '../routes/paths';

/** "Supported by: …" with each resource's title linked to its page (ids until titles load). */
export function SupportedBy({ ids }: { ids: string[] }) {
  const { search } = useLocation();
  const library = useResourceIndex();
  const titleOf = (id: string) =>
    library.status === 'ready' ? (library.value.byId.get(id)?.title ?? id) : id;
  return (
    <p className="evidence-links__sources">
      Supported by:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <Link to={withSticky(paths.resource(id), search)}>{titleOf(id)}</Link>
        </span>
      ))}
    </p>
  );
}
