import { useCallback, useMemo, useRef, useState } from 'react';
import { WithModel } from '../../app/WithModel';
import { Link, useSearchParams } from 'react-router-dom';
import { useResourceIndex } from '../../app/data';
import { Diagram } from '../../diagram/Diagram';
import { GRADE_LABELS } from '../../model/evidence';
import type { ModelIndex } from '../../model/indices';
import { DIRECTION_LABELS, GradeBadge } from '../../panel/OutcomeLinks';
import { ResourceFilters } from '../../panel/ResourceFilters';
import { paths, withParam, withSticky } from '../../nav/paths';
import { CiteButton } from '../cite/CiteButton';
import { DIRECTION_MARK, GRADE_STROKE } from './bundle';
import { EvidenceTable } from './EvidenceTable';
import { DIRECTIONS, filterLinks, GRADES, litByOutcome, parseEvidenceFilters } from './filter';
import { LinksLayer } from './LinksLayer';
import { mapOutcomes } from './placement';
import { useMapBox } from './useMapBox';
import './evidence.css';

/** The factor → outcome evidence: a map over the radial diagram, or a table; filters in the URL. */
export default function EvidenceMap() {
  return <WithModel>{(index) => <EvidenceView index={index} />}</WithModel>;
}

function EvidenceView({ index }: { index: ModelIndex }) {
  const [params, setParams] = useSearchParams();
  const library = useResourceIndex();
  const resources = library.status === 'ready' ? library.value : null;
  const filters = parseEvidenceFilters(params);
  const links = useMemo(
    () => filterLinks(index.model.links, filters, resources),
    // The filters are plain values from the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, resources, filters.grade, filters.direction, filters.audience, filters.type],
  );
  const table = params.get('view') === 'table';
  const selected = index.outcomeById.get(params.get('outcome') ?? '')
    ? params.get('outcome')
    : null;
  const dimmed = useMemo(() => {
    if (!selected) return undefined;
    const lit = litByOutcome(index, links, selected);
    return new Set(
      [...index.model.domains.map((d) => d.id), ...index.factors.map((f) => f.id)].filter(
        (id) => !lit.has(id),
      ),
    );
  }, [index, links, selected]);
  const set = (key: string, value: string | null) =>
    setParams((p) => withParam(p, key, value), { replace: key !== 'view' });
  const shownResources = useMemo(() => {
    const ids = new Set(links.flatMap((l) => l.resources));
    return resources ? resources.all.filter((r) => ids.has(r.id)) : [];
  }, [links, resources]);

  const outcomes = useMemo(() => mapOutcomes(index.model.outcomes), [index]);
  const stage = useRef<HTMLElement>(null);
  const boxHeight = useMapBox(stage, outcomes, index.model.outcomeCategories);
  // How many links the map has drawn: it says so only once they are on screen.
  const [drawn, setDrawn] = useState<number | null>(null);
  const onSelectOutcome = useCallback(
    (id: string) =>
      setParams((p) => withParam(p, 'outcome', p.get('outcome') === id ? null : id), {
        replace: true,
      }),
    [setParams],
  );
  const selectedLabel = selected ? index.outcomeById.get(selected)?.label : undefined;

  return (
    <div className="evidence">
      <div className="evidence__bar">
        <h1>Evidence map</h1>
        <div className="view-toggle" role="group" aria-label="Show the evidence as">
          <button type="button" aria-pressed={!table} onClick={() => set('view', null)}>
            Map
          </button>
          <button type="button" aria-pressed={table} onClick={() => set('view', 'table')}>
            Table
          </button>
        </div>
        <div className="filters" role="group" aria-label="Filter the links">
          <label htmlFor="ev-grade">Evidence grade</label>
          <select
            id="ev-grade"
            value={filters.grade ?? ''}
            onChange={(e) => set('grade', e.target.value)}
          >
            <option value="">Any grade</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {GRADE_LABELS[g]}
              </option>
            ))}
          </select>
          <label htmlFor="ev-direction">Direction</label>
          <select
            id="ev-direction"
            value={filters.direction ?? ''}
            onChange={(e) => set('direction', e.target.value)}
          >
            <option value="">Any direction</option>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
        <ResourceFilters idPrefix="ev" />
        {resources ? (
          <CiteButton
            title="Evidence shown"
            resources={shownResources}
            label={`Cite all ${shownResources.length} shown`}
          />
        ) : (
          // Its place while the library loads, so the map below does not move when it comes.
          <button type="button" className="cite-button" disabled>
            Cite all shown
          </button>
        )}
      </div>
      <p className="muted evidence__legend">
        {table || drawn === links.length ? (
          <span className="evidence__count">
            {links.length} of {index.model.links.length} links.
          </span>
        ) : drawn === 0 && links.length > 0 ? (
          <span className="evidence__count">
            There is no room to draw the {links.length} links at this size: the{' '}
            <button type="button" className="link-button" onClick={() => set('view', 'table')}>
              table
            </button>{' '}
            lists every one.
          </span>
        ) : (
          // Its place, kept while the map is drawn, so the text after it does not move then.
          <span className="evidence__pending" aria-hidden="true">
            {links.length} of {index.model.links.length} links.
          </span>
        )}{' '}
        Line width and dash show the grade (
        {GRADES.map(
          (g) =>
            `${GRADE_LABELS[g].toLowerCase()} ${GRADE_STROKE[g].dash ? 'dashed' : `${GRADE_STROKE[g].width}px`}`,
        ).join(', ')}
        ) and colour the direction; point at, focus or choose a factor, a domain or an outcome to
        light its links, each ending in a mark for its direction (arrow:{' '}
        {DIRECTION_MARK.raises.label}; bar: {DIRECTION_MARK.lowers.label}; ring:{' '}
        {DIRECTION_MARK.protects.label}).
      </p>
      {table ? (
        <EvidenceTable index={index} links={links} resources={resources} />
      ) : (
        <>
          <section className="evidence__map" aria-label="Map" ref={stage}>
            <div
              className="evidence__box"
              style={boxHeight === null ? undefined : { height: boxHeight }}
            >
              {boxHeight !== null && (
                <Diagram index={index} selectedId={null} zoomedDomainId={null} dimmedIds={dimmed}>
                  <LinksLayer
                    index={index}
                    links={links}
                    selectedOutcome={selected}
                    onSelectOutcome={onSelectOutcome}
                    onDrawn={setDrawn}
                  />
                </Diagram>
              )}
            </div>
            {selectedLabel && (
              <p className="evidence__chosen" role="status">
                {selectedLabel}: {links.filter((l) => l.outcome === selected).length} links lit.{' '}
                <a href="#ev-selected">Read their evidence</a>
              </p>
            )}
          </section>
          {selected && <OutcomeEvidence index={index} outcomeId={selected} links={links} />}
        </>
      )}
    </div>
  );
}

function OutcomeEvidence({
  index,
  outcomeId,
  links,
}: {
  index: ModelIndex;
  outcomeId: string;
  links: ReturnType<typeof filterLinks>;
}) {
  const [params] = useSearchParams();
  const mine = links.filter((l) => l.outcome === outcomeId);
  const outcome = index.outcomeById.get(outcomeId);
  return (
    <section aria-labelledby="ev-selected-title" className="evidence__selected" id="ev-selected">
      <h2 id="ev-selected-title">{outcome?.label}</h2>
      {mine.length === 0 ? (
        <p>No link to this outcome passes the filters.</p>
      ) : (
        <ul>
          {mine.map((l) => (
            <li key={l.factor}>
              <Link to={withSticky(paths.factor(l.factor), params.toString())}>
                {index.factorById.get(l.factor)?.label}
              </Link>{' '}
              <span className="direction">{DIRECTION_LABELS[l.direction]}</span>{' '}
              <GradeBadge grade={l.grade} />
              <p className="muted">{l.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
