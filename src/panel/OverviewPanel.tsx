import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { ModelIndex } from '../model/indices';
import { paths, withSticky } from '../nav/paths';
import { PanelFrame } from './PanelFrame';
import { ResourceFilters } from './ResourceFilters';

// The centre's links, with their grades and sources, load when the person opens them: the first
// page needs none of it.
const CentreLinks = lazy(() => import('./CentreLinks'));

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
          {centreOpen && (
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <CentreLinks index={index} />
            </Suspense>
          )}
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
