import { useDeferredValue } from 'react';
import { useSearchParams } from 'react-router-dom';
import { filtersActive, matchesFilters, parseFilters, useClearFilters } from '../app/lens';
import { AUDIENCE_LABELS, servesAudience, TYPE_LABELS } from '../model/evidence';
import { rankResources } from '../model/evidenceLevels';
import { ACTOR_LABELS, thinEvidence } from '../model/evidenceNotes';
import type { LinkedResource } from '../model/resourceIndex';
import type { Actor, Audience, FactorOutcomeLink } from '../model/types';
import { Cite } from './Cite';
import { ResourceCard } from './ResourceCard';
import { ResourceFilters } from './ResourceFilters';
import { ResourceLines } from './ResourceLines';
import { ResourcesError } from './ResourcesError';
import { useFactorResources } from './useFactorResources';

const ACTORS: Actor[] = ['person', 'organisation'];
/** Things to do listed at once for each actor; the rest are one disclosure away. */
const FIRST = 5;

/**
 * What a person can do about a factor: the practical resources for them and for their team or
 * organisation, for the audience the lens asks for where there are some. Each is a line that
 * opens the resource's full card; the cards themselves are under Resources.
 */
function WhatYouCanDo({
  linked,
  audience,
}: {
  linked: LinkedResource[];
  audience: Audience | null;
}) {
  return (
    <section aria-labelledby="todo-heading" className="todo">
      <h3 id="todo-heading">What you can do</h3>
      {ACTORS.map((actor) => {
        const all = linked.filter(
          ({ resource: r }) => !r.retracted && r.practicalFor?.includes(actor),
        );
        const forAudience = audience
          ? all.filter(({ resource }) => servesAudience(resource, audience))
          : all;
        const shown = forAudience.length ? forAudience : all;
        return (
          <div key={actor} className="todo__group">
            <h4 id={`todo-${actor}`}>{ACTOR_LABELS[actor]}</h4>
            {audience && !forAudience.length && all.length > 0 && (
              <p className="muted">
                Nothing here is written for {AUDIENCE_LABELS[audience].toLowerCase()} yet; these are
                for any clinician.
              </p>
            )}
            {shown.length ? (
              <ResourceLines
                resources={shown.map(({ resource }) => resource)}
                first={FIRST}
                labelledBy={`todo-${actor}`}
                more={`more ${ACTOR_LABELS[actor].toLowerCase()}`}
              />
            ) : (
              <p className="muted">
                No practical resource {actor === 'person' ? 'for you' : 'for teams'} is linked to
                this factor yet.
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}

/**
 * A factor's resources: what to do about it, then every resource, strongest evidence first,
 * narrowed by the filters in the URL, with a plain word when the evidence is thin. The library
 * loads when first needed.
 */
export function FactorResources({
  factorId,
  label,
  links,
}: {
  factorId: string;
  label: string;
  links: readonly FactorOutcomeLink[];
}) {
  // The panel opens with its name, description and outcomes; the cards follow a frame later, so
  // selecting a factor paints at once however many resources it has.
  const shownId = useDeferredValue<string | null>(factorId, null);
  const linkedResources = useFactorResources(shownId);
  const [params] = useSearchParams();
  const clear = useClearFilters();
  const filters = parseFilters(params);
  let todo = null;
  let body;
  if (linkedResources.status === 'ready' && shownId !== null) {
    const linked = linkedResources.value;
    const all = rankResources(linked);
    const shown = all.filter(({ resource }) => matchesFilters(resource, filters));
    const thin = thinEvidence(links, linked);
    const what = [
      filters.audience && `for ${AUDIENCE_LABELS[filters.audience].toLowerCase()}`,
      filters.type && `of type “${TYPE_LABELS[filters.type]}”`,
      filters.act && `to do ${ACTOR_LABELS[filters.act].toLowerCase()}`,
    ]
      .filter(Boolean)
      .join(' ');
    todo = <WhatYouCanDo linked={all} audience={filters.audience} />;
    body = (
      <>
        {thin && <p className="thin-evidence">{thin}</p>}
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
  } else if (linkedResources.status === 'error') {
    body = <ResourcesError error={linkedResources.error} />;
  } else body = <p aria-live="polite">Loading resources…</p>;
  return (
    <>
      {todo}
      <section aria-labelledby="resources-heading">
        <h3 id="resources-heading">Resources</h3>
        <ResourceFilters idPrefix="factor-filter" />
        {body}
      </section>
    </>
  );
}
