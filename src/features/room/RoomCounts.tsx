import type { Question, Snapshot } from './protocol';

/**
 * The room's counts as a table, most answered first: the text alternative of the layer on the
 * diagram, behind a disclosure so the projector shows the diagram.
 */
export function RoomCounts({
  question,
  snapshot,
  unplaced,
}: {
  question: Question;
  snapshot: Snapshot;
  /** Factors whose counts the diagram has no room for: the table opens to show them. */
  unplaced: number;
}) {
  const rows = question.factors
    .map((f) => ({ ...f, count: snapshot.counts[f.id] ?? { drains: 0, sustains: 0, picks: 0 } }))
    .filter((f) => f.count.drains + f.count.sustains + f.count.picks > 0)
    .sort(
      (a, b) =>
        b.count.drains +
        b.count.sustains +
        b.count.picks -
        (a.count.drains + a.count.sustains + a.count.picks),
    );
  const mark = question.kind === 'mark';
  return (
    <details className="room__table" open={unplaced > 0 || undefined}>
      <summary>The room’s answers as a table</summary>
      {unplaced > 0 && (
        <p>
          At this size the diagram has no room for the counts of {unplaced}{' '}
          {unplaced === 1 ? 'factor' : 'factors'}: they are here.
        </p>
      )}
      {rows.length === 0 ? (
        <p>Nobody has marked a factor yet.</p>
      ) : (
        <table>
          <caption>
            {question.title}: {snapshot.answered} answered
          </caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              {mark ? (
                <>
                  <th scope="col">▼ Drains</th>
                  <th scope="col">▲ Sustains</th>
                </>
              ) : (
                <th scope="col">● Picked</th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.label}</th>
                {mark ? (
                  <>
                    <td>{r.count.drains}</td>
                    <td>{r.count.sustains}</td>
                  </>
                ) : (
                  <td>{r.count.picks}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
