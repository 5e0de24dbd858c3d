import { useLocation, useNavigate } from 'react-router-dom';
import { useResourceIndex } from '../app/data';
import { rankResources } from '../model/evidenceLevels';
import type { ModelIndex } from '../model/indices';
import type { Outcome } from '../model/types';
import { paths, withSticky } from '../nav/paths';
import { Cite } from './Cite';
import { EvidenceLinkList } from './OutcomeLinks';
import { PanelFrame } from './PanelFrame';
import { ResourceCard } from './ResourceCard';
import { SupportedBy } from './SupportedBy';

/** An outcome: the factors linked to it with their evidence, and the studies that report on it. */
export default function OutcomePanel({ index, outcome }: { index: ModelIndex; outcome: Outcome }) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const library = useResourceIndex();
  const links = index.linksByOutcome.get(outcome.id) ?? [];
  const category = index.categoryById.get(outcome.category);
  const reporting =
    library.status === 'ready' ? rankResources(library.value.byOutcome.get(outcome.id) ?? []) : [];
  return (
    <PanelFrame
      variant="detail"
      kicker={category ? `Outcome · ${category.label}` : 'Outcome'}
      title={outcome.label}
      onClose={() => navigate(withSticky(paths.model(), search))}
      focusOnChange={outcome.id}
    >
      <p className="panel__description">{outcome.description}</p>
      <section aria-labelledby="outcome-factors">
        <h3 id="outcome-factors">Factors linked to this outcome ({links.length})</h3>
        {links.length ? (
          <EvidenceLinkList
            links={links}
            show="factor"
            labelOf={(id) => index.factorById.get(id)?.label ?? id}
          >
            {(link) => <SupportedBy ids={link.resources} />}
          </EvidenceLinkList>
        ) : (
          <p className="muted">No factor is linked to this outcome yet.</p>
        )}
      </section>
      {reporting.length > 0 && (
        <section aria-labelledby="outcome-resources">
          <h3 id="outcome-resources">Research reporting on this outcome ({reporting.length})</h3>
          <p>
            <Cite
              title={outcome.label}
              resources={reporting.map(({ resource }) => resource)}
              label={`Cite these ${reporting.length} studies`}
            />
          </p>
          <ol className="resource-list">
            {reporting.map(({ resource }) => (
              <li key={resource.id}>
                <ResourceCard resource={resource} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </PanelFrame>
  );
}
