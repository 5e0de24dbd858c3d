import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useResourceIndex } from '../../app/data';
import { ACTOR_LABELS } from '../../model/evidenceNotes';
import type { ModelIndex } from '../../model/indices';
import type { ResourceIndex } from '../../model/resourceIndex';
import type { Actor, PlanArea, Resource } from '../../model/types';
import { paths, withSticky } from '../../nav/paths';
import { ResourceLines } from '../../panel/ResourceLines';
import { ResourcesError } from '../../panel/ResourcesError';
import { SafeLink } from '../../panel/SafeLink';
import { selectModelIndex, selectModelOrigin, useStore } from '../../store/store';
import './act.css';

const ACTORS: Actor[] = ['person', 'organisation'];
/** Practical resources listed at once for each area and actor; the rest are one disclosure away. */
const FIRST = 6;

/**
 * The practical resources for a priority area: those tagged with it, and those for its factors,
 * newest first.
 */
function areaResources(
  area: PlanArea,
  factorIds: ReadonlySet<string>,
  library: ResourceIndex,
  actor: Actor,
): Resource[] {
  return library.all
    .filter(
      (r) =>
        !r.retracted &&
        r.practicalFor?.includes(actor) &&
        (r.planAreas?.includes(area.id) || r.factors.some((f) => factorIds.has(f.id))),
    )
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title));
}

function Area({
  index,
  area,
  number,
  library,
}: {
  index: ModelIndex;
  area: PlanArea;
  number: number;
  library: ResourceIndex | null;
}) {
  const { search } = useLocation();
  const domains = index.model.domains
    .map((d) => ({ d, factors: d.factors.filter((f) => f.planAreas?.includes(area.id)) }))
    .filter(({ factors }) => factors.length);
  const ids = new Set(domains.flatMap(({ factors }) => factors.map((f) => f.id)));
  const links = index.model.links.filter((l) => ids.has(l.factor));
  const onDiagram = new URLSearchParams(withSticky('/', search).split('?')[1] ?? '');
  onDiagram.set('area', area.id);
  return (
    <section className="act-area" id={area.id} aria-labelledby={`${area.id}-heading`} tabIndex={-1}>
      <h2 id={`${area.id}-heading`}>
        <span className="act-area__number">Priority area {number}:</span> “{area.label}”
      </h2>
      <p>{area.description}</p>
      <h3>What the model says</h3>
      <p>
        {ids.size} of the model&rsquo;s {index.factors.length} factors serve this area, in{' '}
        {domains.length} {domains.length === 1 ? 'domain' : 'domains'}; {links.length} graded{' '}
        {links.length === 1 ? 'link ties' : 'links tie'} them to outcomes.{' '}
        <Link to={`/?${onDiagram.toString()}`}>Show these factors on the diagram</Link>
      </p>
      <dl className="act-area__factors">
        {domains.map(({ d, factors }) => (
          <div key={d.id}>
            <dt>{d.label}</dt>
            <dd>
              <ul>
                {factors.map((f) => (
                  <li key={f.id}>
                    <Link to={withSticky(paths.factor(f.id), search)}>{f.label}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <h3>Practical resources</h3>
      {library ? (
        ACTORS.map((actor) => {
          const list = areaResources(area, ids, library, actor);
          const headingId = `${area.id}-${actor}`;
          return (
            <div key={actor}>
              <h4 id={headingId}>
                {ACTOR_LABELS[actor]} ({list.length})
              </h4>
              {list.length ? (
                <ResourceLines
                  resources={list}
                  first={FIRST}
                  labelledBy={headingId}
                  more={`more ${ACTOR_LABELS[actor].toLowerCase()}`}
                />
              ) : (
                <p className="muted">None is linked to this area yet.</p>
              )}
            </div>
          );
        })
      ) : (
        <p className="muted">Loading resources…</p>
      )}
    </section>
  );
}

/**
 * "Act on it": the action plan's priority areas (for the bundled model, the NAM's 2022 National
 * Plan for Health Workforce Well-Being), what the model's factors say about each, and the
 * practical resources for each, for the person and for the organisation.
 */
export default function ActOnIt() {
  const index = useStore(selectModelIndex);
  const bundled = useStore(selectModelOrigin)?.kind === 'bundled';
  const library = useResourceIndex();
  const { hash } = useLocation();
  // An address naming an area (from a factor's panel) opens at that area, with focus on it, so
  // a keyboard or screen reader carries on from there; the router does not do this itself.
  useEffect(() => {
    if (!hash || !index) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.focus();
  }, [hash, index]);
  if (!index) return <p className="page-message">Loading the model…</p>;
  const plan = index.model.plan;
  if (!plan)
    return (
      <article className="act">
        <h1>Act on it</h1>
        <p>
          This model names no action plan, so there are no priority areas to show.{' '}
          <Link to="/">Back to the model</Link>
        </p>
      </article>
    );
  return (
    <article className="act">
      <h1>Act on it</h1>
      <p className="act__lead">The {plan.title}, area by area</p>
      {bundled ? (
        <p>
          The National Academy of Medicine&rsquo;s <cite>{plan.title}</cite> organises action into{' '}
          {plan.areas.length} priority areas. Their names are quoted as the plan words them; the
          summaries, and which of the model&rsquo;s factors serve each area, are this app&rsquo;s
          own reading. This app is based on the NAM model and is not an NAM product.
        </p>
      ) : (
        // Another model's plan: its own words, as its author gave them.
        <p>
          <cite>{plan.title}</cite> organises action into {plan.areas.length} priority areas. The
          areas, and which factors serve each, are as the model on show gives them.
        </p>
      )}
      <p className="act__source">
        {plan.source.citation}{' '}
        {plan.source.doi && (
          <SafeLink href={`https://doi.org/${plan.source.doi}`}>doi:{plan.source.doi}</SafeLink>
        )}
      </p>
      <nav aria-label="Priority areas" className="act__toc">
        <ol>
          {plan.areas.map((a) => (
            <li key={a.id}>
              <a href={`#${a.id}`}>{a.label}</a>
            </li>
          ))}
        </ol>
      </nav>
      {library.status === 'error' && <ResourcesError error={library.error} />}
      {plan.areas.map((a, i) => (
        <Area
          key={a.id}
          index={index}
          area={a}
          number={i + 1}
          library={library.status === 'ready' ? library.value : null}
        />
      ))}
    </article>
  );
}
