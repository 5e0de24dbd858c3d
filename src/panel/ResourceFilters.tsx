import { useSearchParams } from 'react-router-dom';
import { ACT_LABELS, parseFilters } from '../app/lens';
import { AUDIENCE_LABELS, TYPE_LABELS } from '../model/evidence';
import { withParam } from '../nav/paths';

const AUDIENCES = Object.entries(AUDIENCE_LABELS).filter(([id]) => id !== 'everyone');
const TYPES = Object.entries(TYPE_LABELS);
const ACTS = Object.entries(ACT_LABELS);

/**
 * Audience, type and something-to-do filters. They live in the URL, so a filtered view can be shared, and they
 * also fade the factors on the diagram that have nothing matching (a role lens).
 */
export function ResourceFilters({ idPrefix }: { idPrefix: string }) {
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const set = (key: 'audience' | 'type' | 'act', value: string) =>
    setParams((current) => withParam(current, key, value), { replace: true });
  return (
    <div className="filters" role="group" aria-label="Filter resources">
      <label htmlFor={`${idPrefix}-audience`}>For</label>
      <select
        id={`${idPrefix}-audience`}
        value={filters.audience ?? ''}
        onChange={(e) => set('audience', e.target.value)}
      >
        <option value="">Everyone</option>
        {AUDIENCES.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-type`}>Type</label>
      <select
        id={`${idPrefix}-type`}
        value={filters.type ?? ''}
        onChange={(e) => set('type', e.target.value)}
      >
        <option value="">All types</option>
        {TYPES.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-act`}>To do</label>
      <select
        id={`${idPrefix}-act`}
        value={filters.act ?? ''}
        onChange={(e) => set('act', e.target.value)}
      >
        <option value="">Anything</option>
        {ACTS.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
