import { Link, useLocation } from 'react-router-dom';
import { useResourceIndex } from '../../app/data';
import { Diagram } from '../../diagram/Diagram';
import { rankResources } from '../../model/evidenceLevels';
import { domainsInGroupOrder } from '../../model/indices';
import { citation } from '../../model/resourceIndex';
import { withSticky } from '../../nav/paths';
import { CrisisLines } from '../../shell/CrisisSupport';
import { ModelAttribution } from '../../shell/ModelAttribution';
import { selectModelIndex, useStore } from '../../store/store';
import './handout.css';

/** How many of a factor's resources a handout lists: the strongest evidence first. */
export const HANDOUT_RESOURCES = 3;

/**
 * The whole model as a document to print: the diagram, every domain with its factors, each
 * factor's strongest resources with citations, the source, and crisis support.
 */
export default function Handout() {
  const index = useStore(selectModelIndex);
  const library = useResourceIndex();
  const { search } = useLocation();
  if (!index) return <p className="page-message">Loading the model…</p>;
  const { model } = index;
  const resources = library.status === 'ready' ? library.value : null;
  return (
    <article className="handout">
      <p className="handout__actions">
        <button type="button" className="button--primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>{' '}
        <Link to={withSticky('/', search)}>Back to the explorer</Link>
      </p>
      <h1>{model.title}</h1>
      <ModelAttribution className="handout__attribution" />
      <p>{model.description}</p>
      <div className="handout__diagram" inert>
        <Diagram index={index} selectedId={null} zoomedDomainId={null} />
      </div>
      {domainsInGroupOrder(model).map((domain) => (
        <section key={domain.id} className="handout__domain" aria-labelledby={`h-${domain.id}`}>
          <h2 id={`h-${domain.id}`}>
            {domain.label}{' '}
            <span className="handout__group">({index.groupById.get(domain.group)?.label})</span>
          </h2>
          <p>{domain.description}</p>
          {domain.factors.map((factor) => {
            const top = resources
              ? rankResources(resources.byFactor.get(factor.id) ?? []).slice(0, HANDOUT_RESOURCES)
              : [];
            return (
              <section
                key={factor.id}
                className="handout__factor"
                aria-labelledby={`h-${factor.id}`}
              >
                <h3 id={`h-${factor.id}`}>{factor.label}</h3>
                <p>{factor.description}</p>
                {top.length > 0 && (
                  <ul className="handout__resources" aria-label={`Resources for ${factor.label}`}>
                    {top.map(({ resource }) => (
                      <li key={resource.id}>
                        {resource.retracted && <strong>Retracted. </strong>}
                        {citation(resource)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </section>
      ))}
      {!resources && <p role="status">Loading the resources…</p>}
      <section aria-labelledby="h-source">
        <h2 id="h-source">Source</h2>
        <p>{model.source ? model.source.citation : 'The model file names no source.'}</p>
        {model.source?.doi && <p>doi:{model.source.doi}</p>}
      </section>
      <section aria-labelledby="h-help" className="handout__help">
        <h2 id="h-help">If you need help now</h2>
        <CrisisLines />
      </section>
    </article>
  );
}
