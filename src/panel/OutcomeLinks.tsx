import { Link, useLocation } from 'react-router-dom';
import { GRADE_LABELS } from '../model/evidence';
import type { Direction, FactorOutcomeLink, Grade } from '../model/types';
import { paths, withSticky } from '../nav/paths';

/** How a factor bears on an outcome, in words and with an arrow (never colour alone). */
export const DIRECTION_LABELS: Record<Direction, string> = {
  raises: '↑ Raises the risk',
  lowers: '↓ Lowers the risk',
  protects: '◆ Protective',
};

/** A grade shown as words and a bar count, so it never rests on colour alone. */
export function GradeBadge({ grade }: { grade: Grade }) {
  const bars = { strong: '▮▮▮', moderate: '▮▮▯', emerging: '▮▯▯' }[grade];
  return (
    <span className={`badge badge--grade badge--${grade}`}>
      <span aria-hidden="true">{bars} </span>
      {GRADE_LABELS[grade]}
    </span>
  );
}

/** Links between factors and outcomes, naming the far end of each: outcomes or factors. */
export function EvidenceLinkList({
  links,
  show,
  labelOf,
  children,
}: {
  links: FactorOutcomeLink[];
  show: 'outcome' | 'factor';
  labelOf: (id: string) => string;
  /** Extra content per link, such as its supporting resources. */
  children?: (link: FactorOutcomeLink) => React.ReactNode;
}) {
  const { search } = useLocation();
  return (
    <ul className="evidence-links">
      {links.map((link) => {
        const id = link[show];
        const to = show === 'outcome' ? paths.outcome(id) : paths.factor(id);
        return (
          <li key={`${link.factor}-${link.outcome}`}>
            <p className="evidence-links__head">
              <Link to={withSticky(to, search)}>{labelOf(id)}</Link>{' '}
              <span className={`direction direction--${link.direction}`}>
                {DIRECTION_LABELS[link.direction]}
              </span>{' '}
              <GradeBadge grade={link.grade} />
            </p>
            <p className="evidence-links__summary">{link.summary}</p>
            {children?.(link)}
          </li>
        );
      })}
    </ul>
  );
}
