import { Link, useLocation } from 'react-router-dom';
import type { ModelIndex } from '../model/indices';
import { paths, withSticky } from '../routes/paths';
import { PanelFrame } from './PanelFrame';

/** The context panel at the top level: the model in brief and the outcomes it links to. */
export function OverviewPanel({ index }: { index: ModelIndex }) {
  const { search } = useLocation();
  const { model } = index;
  return (
    <PanelFrame kicker="Conceptual model" title={model.title}>
      <p className="panel__description">{model.description}</p>
      <p className="muted">
        Choose a domain or factor in the diagram or the outline to see what it means and the
        evidence behind it.
      </p>
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
