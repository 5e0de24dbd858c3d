import { Link, useLocation } from 'react-router-dom';
import { ACT_LABELS, useClearFilters, type Filters } from '../app/lens';
import { AUDIENCE_LABELS, TYPE_LABELS } from '../model/evidence';
import type { PlanArea } from '../model/types';
import { paths, withSticky } from '../nav/paths';

/** Says what the lens is doing to the diagram, and offers a way out of it. */
export function LensBanner({
  filters,
  area,
  unknownArea,
  matching,
  factorCount,
}: {
  filters: Filters;
  /** The action plan's priority area the lens shows, if any. */
  area: PlanArea | null;
  /** The URL asks for an area the model does not have. */
  unknownArea: boolean;
  /** How many factors the lens leaves unfaded; null while resources load. */
  matching: number | null;
  factorCount: number;
}) {
  const clear = useClearFilters();
  const { search } = useLocation();
  const unknown = [...filters.unknown, ...(unknownArea ? [`priority area “${filters.area}”`] : [])];
  const lens = [
    filters.audience && AUDIENCE_LABELS[filters.audience],
    filters.type && TYPE_LABELS[filters.type],
    filters.act && ACT_LABELS[filters.act],
  ]
    .filter(Boolean)
    .join(' · ');
  if (!lens && !area && !unknown.length) return null;
  return (
    <div className="lens-banner" role="status">
      {unknown.length > 0 && (
        <p>The link asks for an unknown {unknown.join(' and ')}; it was ignored.</p>
      )}
      {(lens || area) && (
        <p>
          <strong>
            Lens:{' '}
            {area && (
              <>
                priority area “{area.label}”{lens ? ' · ' : ''}
              </>
            )}
            {lens}.
          </strong>{' '}
          {matching === null
            ? 'Loading resources…'
            : `${matching} of ${factorCount} factors ${lens ? 'match' : 'serve this area'}; the rest are faded.`}{' '}
          {area && (
            <>
              <Link to={`${withSticky(paths.act(), search)}#${area.id}`}>
                What the plan asks
              </Link>{' '}
            </>
          )}
          <button type="button" className="link-button" onClick={clear}>
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
