import { useDeferredValue } from 'react';
import { useSearchParams } from 'react-router-dom';
import { retryResources, useResourceIndex } from '../app/data';
import { filtersActive, matchesFilters, parseFilters, useClearFilters } from '../app/lens';
import { AUDIENCE_LABELS, rankResources, TYPE_LABELS } from '../model/evidence';
import { Cite } from './Cite';
import { ResourceCard } from './ResourceCard';
import { ResourceFilters } from './ResourceFilters';

/**
 * A factor's resources, strongest evidence first, narrowed by the filters in the URL. The
 * library loads when first needed.
 */
export function FactorResources({ factorId, label }: { factorId: string; label: string }) {
  // The panel opens with its name, description and outcomes; the cards follow a frame later, so
  // selecting a factor paints at once however many resources it has.
  const shownId = useDeferredValue<string | null>(factorId, null);
  const library = useResourceIndex();
  const [params] = useSearchParams();
  const clear = useClearFilters();
  const filters = parseFilters(params);
  let body;
  if (library.status === 'ready' && shownId !== null) {
    const all = rankResources(library.value.byFactor.get(shownId) ?? []);
    const shown = all.filter(({ resource }) => matchesFilters(resource, filters));
    const what = [
      filters.audience && `for ${AUDIENCE_LABELS[filters.audience].toLowerCase()}`,
      filters.type && `of type “${TYPE_LABELS[filters.type]}”`,
    ]
      .filter(Boolean)
      .join(' ');
    body = (
      <>
        {filtersActive(filters) && (
          <p className="filters__summary" role="status">
            Showing {shown.length} of {all.length} resources {what}.{' '}
            <button type="button" className="link-button" onClick={clear}>
              Clear filters
            </button>
          </p>
        )}
        {shown.length > 0 && (
          <p>
            <Cite
              title={label}
              resources={shown.map(({ resource }) => resource)}
              label={`Cite these ${shown.length} resources`}
            />
          </p>
        )}
        {shown.length ? (
          <ol className="resource-list">
            {shown.map(({ resource, why }) => (
              <li key={resource.id}>
                <ResourceCard resource={resource} why={why} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">
            {all.length
              ? 'No resource here matches the filters.'
              : 'No resources are linked to this factor yet.'}
          </p>
        )}
      </>
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
      <ResourceFilters idPrefix="factor-filter" />
      {body}
    </section>
  );
}
