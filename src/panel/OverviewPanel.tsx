import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { ModelIndex } from '../model/indices';
import { paths, withSticky } from '../nav/paths';
import { GradeBadge } from './OutcomeLinks';
import { PanelFrame } from './PanelFrame';
import { ResourceFilters } from './ResourceFilters';
import { SupportedBy } from './SupportedBy';

/** The context panel at the top level: the model in brief and the outcomes it links to. */
export function OverviewPanel({ index }: { index: ModelIndex }) {
  const { search } = useLocation();
  const { model } = index;
  const [centreOpen, setCentreOpen] = useState(false);
  return (
    <PanelFrame kicker="Conceptual model" title={model.title}>
      <p className="panel__description">{model.description}</p>
      <p className="muted">
        Choose a domain or factor in the diagram or the outline to see what it means and the
        evidence behind it.
      </p>
      <section aria-labelledby="overview-lens">
        <h3 id="overview-lens">Focus on an audience</h3>
        <p className="muted">
          Fade the factors that have no resources for a role or of a type: a lens for nurses,
          trainees, leaders and others.
        </p>
        <ResourceFilters idPrefix="lens" />
      </section>
      {model.centreLinks.length > 0 && (
        <details
          className="centre-links"
          onToggle={(e) => setCentreOpen((e.target as HTMLDetailsElement).open)}
        >
          <summary>
            <h3>How the centre connects</h3>
          </summary>
          {centreOpen && <CentreLinks index={index} />}
        </details>
      )}
      {model.outcomeCategories.length > 0 && (
        <section aria-labelledby="overview-outcomes">
          <h3 id="overview-outcomes">Outcomes linked to clinician well-being</h3>
          {model.outcomeCategories.map((category) => {
            const outcomes = model.outcomes.filter((o) => o.category === category.id);
            if (!outcomes.length) return null;
            return (
              <div key={category.id} className="outcome-group">
                <h4>{category.label}</h4>
                <ul className="chip-list">
                  {outcomes.map((o) => (
                    <li key={o.id}>
                      <Link className="chip" to={withSticky(paths.outcome(o.id), search)}>
                        {o.shortLabel ?? o.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
    </PanelFrame>
  );
}

/** The centre's links with their evidence; mounted (and its resources loaded) when opened. */
function CentreLinks({ index }: { index: ModelIndex }) {
  return (
    <ul className="evidence-links" aria-label="How the centre connects">
      {index.model.centreLinks.map((link) => (
        <li key={`${link.from}-${link.to}`}>
          <p className="evidence-links__head">
            <strong>{index.centreById.get(link.from)?.label}</strong> →{' '}
            <strong>{index.centreById.get(link.to)?.label}</strong>{' '}
            <GradeBadge grade={link.grade} />
          </p>
          <p className="evidence-links__summary">{link.summary}</p>
          <SupportedBy ids={link.resources} />
        </li>
      ))}
    </ul>
  );
}
