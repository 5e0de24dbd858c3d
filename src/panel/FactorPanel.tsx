import { Link, useNavigate, useLocation } from 'react-router-dom';
import { focusElement } from '../diagram/Diagram';
import type { ModelIndex } from '../model/indices';
import type { Domain, Factor } from '../model/types';
import { paths, withSticky } from '../nav/paths';
import { EvidenceLinkList } from './OutcomeLinks';
import { PanelFrame } from './PanelFrame';
import { FactorResources } from './FactorResources';

/** The side panel for one factor: what it is, what it relates to, and what to read or use. */
export function FactorPanel({
  index,
  factor,
  domain,
}: {
  index: ModelIndex;
  factor: Factor;
  domain: Domain;
}) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const group = index.groupById.get(domain.group);
  const links = index.linksByFactor.get(factor.id) ?? [];
  const plan = index.model.plan;
  const areas = (factor.planAreas ?? []).flatMap(
    (id) => plan?.areas.find((a) => a.id === id) ?? [],
  );
  const close = () => {
    navigate(withSticky(paths.domain(domain.id), search));
    focusElement(factor.id);
  };
  return (
    <PanelFrame
      variant="detail"
      kicker={`${domain.label}${group ? ` · ${group.label}` : ''}`}
      title={factor.label}
      onClose={close}
      closeLabel={`Close ${factor.label}`}
      focusOnChange={factor.id}
    >
      <p className="panel__description">{factor.description}</p>
      {areas.length > 0 && (
        <p className="plan-areas">
          <span className="plan-areas__label">
            {plan?.title ?? 'Action plan'} priority {areas.length === 1 ? 'area' : 'areas'}:
          </span>{' '}
          {areas.map((a, i) => (
            <span key={a.id}>
              {i > 0 && '; '}
              <Link to={`${withSticky(paths.act(), search)}#${a.id}`}>{a.label}</Link>
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="outcomes-heading">
        <h3 id="outcomes-heading">Linked outcomes</h3>
        {links.length ? (
          <EvidenceLinkList
            links={links}
            show="outcome"
            labelOf={(id) => index.outcomeById.get(id)?.label ?? id}
          />
        ) : (
          <p className="muted">No outcome links are recorded for this factor yet.</p>
        )}
      </section>
      <FactorResources factorId={factor.id} label={factor.label} links={links} />
    </PanelFrame>
  );
}
