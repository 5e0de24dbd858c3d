import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useResourceIndex } from '../app/data';
import { AUDIENCE_LABELS, TYPE_LABELS } from '../model/evidence';
import { levelLabel } from '../model/evidenceLevels';
import type { ModelIndex } from '../model/indices';
import { citation } from '../model/resourceIndex';
import { paths, withSticky } from '../nav/paths';
import { Cite } from './Cite';
import { PanelFrame } from './PanelFrame';
import { GradeBadge } from './OutcomeLinks';
import { SafeLink } from './SafeLink';

/** Everything about one resource and every factor and outcome it supports. */
export default function ResourcePanel({
  index,
  resourceId,
}: {
  index: ModelIndex;
  resourceId: string;
}) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const library = useResourceIndex();
  const close = () => navigate(withSticky(paths.model(), search));
  if (library.status !== 'ready')
    return (
      <PanelFrame variant="detail" kicker="Resource" title="Loading…" onClose={close}>
        <p aria-live="polite">
          {library.status === 'error' ? library.error.summary : 'Loading resources…'}
        </p>
      </PanelFrame>
    );
  const r = library.value.byId.get(resourceId);
  if (!r)
    return (
      <PanelFrame
        variant="detail"
        kicker="Not found"
        title={`No resource called “${resourceId}”`}
        onClose={close}
      >
        <p>
          <Link to={withSticky(paths.model(), search)}>Back to the whole model</Link>
        </p>
      </PanelFrame>
    );
  const factors = r.factors.filter((f) => index.factorById.has(f.id));
  const links = index.model.links.filter((l) => l.resources.includes(r.id));
  const reports = r.outcomes.filter((o) => index.outcomeById.has(o));
  return (
    <PanelFrame
      variant="detail"
      kicker={`${TYPE_LABELS[r.type]} · ${levelLabel(r.type)}`}
      title={r.title}
      onClose={close}
      focusOnChange={r.id}
    >
      {r.retracted && (
        <p className="notice notice--error">
          <strong>Retracted.</strong> This paper was retracted after publication. It is kept here so
          it can be recognised; no link in this app rests on it alone.
        </p>
      )}
      <dl className="facts">
        <dt>Authors</dt>
        <dd>{r.authors.join(', ')}</dd>
        <dt>Year</dt>
        <dd>{r.year ?? 'No date given'}</dd>
        <dt>Source</dt>
        <dd>{r.venue}</dd>
        <dt>For</dt>
        <dd>{r.audience.map((a) => AUDIENCE_LABELS[a]).join(', ')}</dd>
        {r.doi && (
          <>
            <dt>DOI</dt>
            <dd>
              <SafeLink href={`https://doi.org/${r.doi}`}>{r.doi}</SafeLink>
            </dd>
          </>
        )}
        <dt>Link</dt>
        <dd>
          <SafeLink href={r.url}>{r.url}</SafeLink>
        </dd>
      </dl>
      <h3>In brief</h3>
      <p>{r.summary}</p>
      <h3>Cite</h3>
      <p className="citation">{citation(r)}</p>
      <p>
        <Cite
          title={r.title}
          resources={[r]}
          label="Cite in AMA or APA, or download BibTeX, RIS, CSL-JSON"
        />
      </p>
      {factors.length > 0 && (
        <section aria-labelledby="resource-factors">
          <h3 id="resource-factors">Factors it supports</h3>
          <ul className="link-list">
            {factors.map((f) => (
              <li key={f.id}>
                <Link to={withSticky(paths.factor(f.id), search)}>
                  {index.factorById.get(f.id)?.label}
                </Link>
                <span className="muted"> — {f.why}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(links.length > 0 || reports.length > 0) && (
        <section aria-labelledby="resource-outcomes">
          <h3 id="resource-outcomes">Outcomes it supports</h3>
          <ul className="link-list">
            {links.map((l) => (
              <li key={`${l.factor}-${l.outcome}`}>
                <Link to={withSticky(paths.outcome(l.outcome), search)}>
                  {index.outcomeById.get(l.outcome)?.label}
                </Link>{' '}
                <span className="muted">via {index.factorById.get(l.factor)?.label}</span>{' '}
                <GradeBadge grade={l.grade} />
              </li>
            ))}
            {reports
              .filter((o) => !links.some((l) => l.outcome === o))
              .map((o) => (
                <li key={o}>
                  <Link to={withSticky(paths.outcome(o), search)}>
                    {index.outcomeById.get(o)?.label}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      )}
    </PanelFrame>
  );
}
