import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { GRADE_LABELS } from '../../model/evidence';
import type { ModelIndex } from '../../model/indices';
import type { ResourceIndex } from '../../model/resourceIndex';
import type { FactorOutcomeLink, Resource } from '../../model/types';
import { DIRECTION_LABELS, GradeBadge } from '../../panel/OutcomeLinks';
import { paths, withSticky } from '../../nav/paths';
import { CiteButton } from '../cite/CiteButton';

type Column = 'factor' | 'domain' | 'outcome' | 'direction' | 'grade' | 'studies';
const COLUMNS: { id: Column; label: string }[] = [
  { id: 'factor', label: 'Factor' },
  { id: 'domain', label: 'Domain' },
  { id: 'outcome', label: 'Outcome' },
  { id: 'direction', label: 'Direction' },
  { id: 'grade', label: 'Evidence' },
  { id: 'studies', label: 'Studies' },
];
const GRADE_ORDER = { strong: 0, moderate: 1, emerging: 2 };

/** The links as a table: sortable by any column, filterable by text, the studies for each link. */
export function EvidenceTable({
  index,
  links,
  resources,
}: {
  index: ModelIndex;
  links: readonly FactorOutcomeLink[];
  resources: ResourceIndex | null;
}) {
  const { search } = useLocation();
  const [sort, setSort] = useState<{ by: Column; ascending: boolean }>({
    by: 'grade',
    ascending: true,
  });
  const [text, setText] = useState('');
  const rows = useMemo(() => {
    const row = (l: FactorOutcomeLink) => {
      const studies = l.resources.flatMap((id) => {
        const r = resources?.byId.get(id);
        return r ? [r] : [];
      });
      return {
        l,
        factor: index.factorById.get(l.factor)?.label ?? l.factor,
        domain: index.domainOfFactor.get(l.factor)?.label ?? '',
        outcome: index.outcomeById.get(l.outcome)?.label ?? l.outcome,
        studies,
      };
    };
    const q = text.trim().toLowerCase();
    const all = links
      .map(row)
      .filter((r) => !q || `${r.factor} ${r.domain} ${r.outcome}`.toLowerCase().includes(q));
    const key = (r: (typeof all)[number]): string | number =>
      sort.by === 'grade'
        ? GRADE_ORDER[r.l.grade]
        : sort.by === 'studies'
          ? r.studies.length
          : sort.by === 'direction'
            ? r.l.direction
            : r[sort.by];
    return all.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (sort.ascending ? c : -c) || a.factor.localeCompare(b.factor);
    });
  }, [index, links, resources, sort, text]);

  return (
    <div className="evidence-table">
      <p className="inline-form">
        <label htmlFor="evidence-text">Find a factor, domain or outcome</label>
        <input
          id="evidence-text"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </p>
      <p role="status" className="muted">
        {rows.length} link{rows.length === 1 ? '' : 's'}
      </p>
      {/* Roles said outright: on a phone the rows are drawn as cards, and CSS display alone
          would cost them their table semantics in some browsers. */}
      <table role="table">
        <caption className="visually-hidden">Factor–outcome links with their evidence</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th
                key={c.id}
                role="columnheader"
                scope="col"
                aria-sort={
                  sort.by === c.id ? (sort.ascending ? 'ascending' : 'descending') : undefined
                }
              >
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setSort((s) => ({ by: c.id, ascending: s.by === c.id ? !s.ascending : true }))
                  }
                >
                  {c.label}
                  <span aria-hidden="true">
                    {sort.by === c.id ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => (
            <tr key={`${r.l.factor}-${r.l.outcome}`} role="row">
              <th scope="row" role="rowheader">
                <Link to={withSticky(paths.factor(r.l.factor), search)}>{r.factor}</Link>
              </th>
              <td role="cell" data-label="Domain">
                {r.domain}
              </td>
              <td role="cell" data-label="Outcome">
                <Link to={withSticky(paths.outcome(r.l.outcome), search)}>{r.outcome}</Link>
              </td>
              <td role="cell" data-label="Direction">
                {DIRECTION_LABELS[r.l.direction]}
              </td>
              <td role="cell" data-label="Evidence">
                <GradeBadge grade={r.l.grade} />
                <span className="visually-hidden"> ({GRADE_LABELS[r.l.grade]})</span>
              </td>
              <td role="cell">
                <Studies studies={r.studies} title={`${r.factor} and ${r.outcome}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Studies({ studies, title }: { studies: Resource[]; title: string }) {
  return (
    <details>
      <summary>
        {studies.length} stud{studies.length === 1 ? 'y' : 'ies'}
        <span className="visually-hidden"> for {title}</span>
      </summary>
      <ul>
        {studies.map((s) => (
          <li key={s.id}>
            <Link to={paths.resource(s.id)}>{s.title}</Link>
            {s.retracted && <strong> (retracted)</strong>}
          </li>
        ))}
      </ul>
      <CiteButton title={title} resources={studies} label="Cite these" />
    </details>
  );
}
