import { useClearFilters, type Filters } from '../app/lens';
import { AUDIENCE_LABELS, TYPE_LABELS } from '../model/evidence';

/** Says what the role lens is doing to the diagram, and offers a way out of it. */
export function LensBanner({
  filters,
  matching,
  factorCount,
}: {
  filters: Filters;
  /** How many factors have a matching resource; null while resources load. */
  matching: number | null;
  factorCount: number;
}) {
  const clear = useClearFilters();
  if (!filters.audience && !filters.type && !filters.unknown.length) return null;
  const lens = [
    filters.audience && AUDIENCE_LABELS[filters.audience],
    filters.type && TYPE_LABELS[filters.type],
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="lens-banner" role="status">
      {filters.unknown.length > 0 && (
        <p>The link asks for an unknown {filters.unknown.join(' and ')}; it was ignored.</p>
      )}
      {lens && (
        <p>
          <strong>Lens: {lens}.</strong>{' '}
          {matching === null
            ? 'Loading resources…'
            : `${matching} of ${factorCount} factors have matching resources; the rest are faded.`}{' '}
          <button type="button" className="link-button" onClick={clear}>
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
