import { Fragment } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ACT_LABELS, parseFilters } from '../app/lens';
import { AUDIENCE_LABELS, TYPE_LABELS } from '../model/evidence';
import { withParam } from '../nav/paths';

const AUDIENCES = Object.entries(AUDIENCE_LABELS).filter(([id]) => id !== 'everyone');
const TYPES = Object.entries(TYPE_LABELS);
const ACTS = Object.entries(ACT_LABELS);

/**
 * Audience, type and something-to-do filters. They live in the URL, so a filtered view can be
 * shared, and they also fade the factors on the diagram that have nothing matching (a role lens).
 */
export function ResourceFilters({ idPrefix }: { idPrefix: string }) {
  const [params, setParams] = useSearchParams();
  const filters = parseFilters(params);
  const set = (key: 'audience' | 'type' | 'act', value: string) =>
    setParams((current) => withParam(current, key, value), { replace: true });
  // Each filter: its query key, label, the choice that sets none, and the choices.
  const choices = [
    {
      key: 'audience',
      label: 'For',
      none: 'Everyone',
      options: AUDIENCES,
      value: filters.audience,
    },
    { key: 'type', label: 'Type', none: 'All types', options: TYPES, value: filters.type },
    { key: 'act', label: 'To do', none: 'Anything', options: ACTS, value: filters.act },
  ] as const;
  return (
    <div className="filters" role="group" aria-label="Filter resources">
      {choices.map(({ key, label, none, options, value }) => (
        <Fragment key={key}>
          <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
          <select
            id={`${idPrefix}-${key}`}
            value={value ?? ''}
            onChange={(e) => set(key, e.target.value)}
          >
            <option value="">{none}</option>
            {options.map(([id, text]) => (
              <option key={id} value={id}>
                {text}
              </option>
            ))}
          </select>
        </Fragment>
      ))}
    </div>
  );
}
