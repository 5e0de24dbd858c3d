import type { ModelIndex } from '../model/indices';
import { GradeBadge } from './OutcomeLinks';
import { SupportedBy } from './SupportedBy';

/** The centre's links with their evidence; mounted (and its resources loaded) when opened. */
export default function CentreLinks({ index }: { index: ModelIndex }) {
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
