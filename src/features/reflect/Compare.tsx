import { useState } from 'react';
import type { ModelIndex } from '../../model/indices';
import type { Snapshot } from './format';
import { compareSnapshots, describePosition } from './summary';

const date = (t: number) =>
  new Date(t).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Two dated snapshots side by side: what moved, as a list and as a small chart where each factor
 * is a line from where it was to where it is (left drains, right sustains).
 */
export function Compare({ index, snapshots }: { index: ModelIndex; snapshots: Snapshot[] }) {
  const [a, setA] = useState(snapshots.length - 2);
  const [b, setB] = useState(snapshots.length - 1);
  const first = snapshots[a];
  const second = snapshots[b];
  const changes = first && second ? compareSnapshots(index, first, second) : [];
  const x = (p: number | null) => 150 + (p ?? 0) * 40;
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">Over time</h2>
      <p className="inline-form">
        <label htmlFor="snap-a">Compare</label>
        <select id="snap-a" value={a} onChange={(e) => setA(Number(e.target.value))}>
          {snapshots.map((s, i) => (
            <option key={s.id} value={i}>
              {date(s.completedAt)}
            </option>
          ))}
        </select>
        <label htmlFor="snap-b">with</label>
        <select id="snap-b" value={b} onChange={(e) => setB(Number(e.target.value))}>
          {snapshots.map((s, i) => (
            <option key={s.id} value={i}>
              {date(s.completedAt)}
            </option>
          ))}
        </select>
      </p>
      {changes.length === 0 ? (
        <p>Nothing moved between these two.</p>
      ) : (
        <>
          <svg
            className="compare__chart"
            viewBox={`0 0 300 ${changes.length * 22 + 24}`}
            role="img"
            aria-label={`Chart of ${changes.length} changes; the same changes are listed below.`}
          >
            <line x1={150} x2={150} y1={0} y2={changes.length * 22 + 6} stroke="#8a8a8a" />
            <text x={4} y={changes.length * 22 + 20} fontSize={10} fill="#4d4d4d">
              ◀ drains
            </text>
            <text
              x={296}
              y={changes.length * 22 + 20}
              fontSize={10}
              fill="#4d4d4d"
              textAnchor="end"
            >
              sustains ▶
            </text>
            {changes.map((c, i) => (
              <g key={c.factorId}>
                <line
                  x1={x(c.before)}
                  x2={x(c.after)}
                  y1={i * 22 + 12}
                  y2={i * 22 + 12}
                  stroke="#1f3a5f"
                  strokeWidth={3}
                />
                <circle
                  cx={x(c.before)}
                  cy={i * 22 + 12}
                  r={4}
                  fill="#ffffff"
                  stroke="#1f3a5f"
                  strokeWidth={2}
                />
                <rect x={x(c.after) - 4} y={i * 22 + 8} width={8} height={8} fill="#1f3a5f" />
              </g>
            ))}
          </svg>
          <p className="muted">○ where it was, ■ where it is now.</p>
          <ul className="compare__list">
            {changes.map((c) => (
              <li key={c.factorId}>
                <strong>{c.label}</strong>: {describePosition(c.before)} →{' '}
                {describePosition(c.after)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
