import { Link, useLocation } from 'react-router-dom';
import type { ModelIndex } from '../model/indices';
import type { Domain } from '../model/types';
import { paths, withSticky } from '../nav/paths';
import { PanelFrame } from './PanelFrame';

/** The context panel of a zoomed domain: what it covers and its factors. */
export function DomainPanel({ index, domain }: { index: ModelIndex; domain: Domain }) {
  const { search } = useLocation();
  const group = index.groupById.get(domain.group);
  return (
    <PanelFrame kicker={group ? `Domain · ${group.label}` : 'Domain'} title={domain.label}>
      <p className="panel__description">{domain.description}</p>
      <h3>Its {domain.factors.length} factors</h3>
      <ol className="link-list">
        {domain.factors.map((f) => (
          <li key={f.id}>
            <Link to={withSticky(paths.factor(f.id), search)}>{f.label}</Link>
          </li>
        ))}
      </ol>
    </PanelFrame>
  );
}
