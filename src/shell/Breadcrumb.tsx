import { Link, useLocation } from 'react-router-dom';
import type { ModelIndex } from '../model/indices';
import { paths, withSticky } from '../nav/paths';
import type { Selection } from '../nav/selection';

/** Model › Domain › Factor: where you are, each step a way back out. */
export function Breadcrumb({ index, selection }: { index: ModelIndex; selection: Selection }) {
  const { search } = useLocation();
  const steps: { label: string; to: string }[] = [{ label: 'Model', to: paths.model() }];
  if (selection.kind === 'domain' || selection.kind === 'factor')
    steps.push({ label: selection.domain.label, to: paths.domain(selection.domain.id) });
  if (selection.kind === 'factor')
    steps.push({ label: selection.factor.label, to: paths.factor(selection.factor.id) });
  if (selection.kind === 'outcome') {
    const category = index.categoryById.get(selection.outcome.category);
    steps.push({ label: `Outcomes${category ? `: ${category.label}` : ''}`, to: paths.model() });
    steps.push({ label: selection.outcome.label, to: paths.outcome(selection.outcome.id) });
  }
  if (selection.kind === 'resource')
    steps.push({ label: 'Resource', to: paths.resource(selection.resourceId) });
  if (selection.kind === 'not-found') steps.push({ label: 'Not found', to: '' });
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {steps.map((step, i) => {
          const last = i === steps.length - 1;
          return (
            <li key={`${i}-${step.label}`}>
              {last ? (
                <span aria-current="page">{step.label}</span>
              ) : (
                <Link to={withSticky(step.to, search)}>{step.label}</Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
