import { retryResources, useResourceIndex } from '../app/data';
import { rankResources } from '../model/evidence';
import { ResourceCard } from './ResourceCard';

/** A factor's resources, strongest evidence first; the library loads when first needed. */
export function FactorResources({ factorId }: { factorId: string }) {
  const library = useResourceIndex();
  let body;
  if (library.status === 'ready') {
    const items = rankResources(library.value.byFactor.get(factorId) ?? []);
    body = items.length ? (
      <ol className="resource-list">
        {items.map(({ resource, why }) => (
          <li key={resource.id}>
            <ResourceCard resource={resource} why={why} />
          </li>
        ))}
      </ol>
    ) : (
      <p className="muted">No resources are linked to this factor yet.</p>
    );
  } else if (library.status === 'error') {
    body = (
      <div role="alert" className="notice notice--error">
        <p>{library.error.summary}</p>
        <button type="button" onClick={retryResources}>
          Try again
        </button>
      </div>
    );
  } else body = <p aria-live="polite">Loading resources…</p>;
  return (
    <section aria-labelledby="resources-heading">
      <h3 id="resources-heading">Resources</h3>
      {body}
    </section>
  );
}
