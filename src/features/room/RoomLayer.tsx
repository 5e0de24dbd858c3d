import { useEffect } from 'react';
import { useDiagramLayout } from '../../diagram/layers';
import { badgesFor } from './badges';
import { reportUnplaced, useLiveRoom } from './liveRoom';

const DRAINS = '#a3300b';
const SUSTAINS = '#0b5394';
const PICKS = '#1f3a5f';

/**
 * A glyph 10 px across: down for drains, up for sustains, a disc for picks. It stays upright on a
 * badge turned along the radius (`upright` undoes the turn), so down still means drains.
 */
function Glyph({ kind, upright }: { kind: 'drains' | 'sustains' | 'picks'; upright: number }) {
  if (kind === 'picks') return <circle cx={5} cy={0} r={4.5} fill={PICKS} />;
  const d = kind === 'drains' ? 'M0,-4L10,-4L5,5Z' : 'M0,4L10,4L5,-5Z';
  return (
    <path
      d={d}
      transform={upright ? `rotate(${upright.toFixed(1)},5,0)` : undefined}
      fill={kind === 'drains' ? DRAINS : SUSTAINS}
    />
  );
}

/**
 * The room's answers on the presenter's diagram: on each factor, how many said it drains them (▼)
 * or sustains them (▲), or picked it (●), as a shape and a number on a white badge, so shape and
 * count carry it, not colour. Drawn only once the room is over its threshold and while the
 * presenter shows results; its text alternative is the room panel's table.
 */
export default function RoomLayer() {
  const layers = useDiagramLayout();
  const snapshot = useLiveRoom((s) => s.snapshot);
  const room = useLiveRoom((s) => s.room);
  const exporting = useLiveRoom((s) => s.exporting);
  const drawn =
    layers &&
    snapshot?.shown &&
    room &&
    (room.resultsVisible || exporting) &&
    snapshot.questionId === room.question?.id;
  const { badges, unplaced } = drawn
    ? badgesFor(layers.segments, snapshot.counts)
    : { badges: [], unplaced: [] };
  // The panel says how many counts the diagram has no room for, and shows them in its table.
  const missing = unplaced.length;
  useEffect(() => reportUnplaced(missing), [missing]);
  if (!drawn) return null;
  return (
    <g className="room-layer" aria-hidden="true" data-room-layer="true">
      {badges.map((b) => (
        <g
          key={b.id}
          transform={`translate(${b.x.toFixed(1)},${b.y.toFixed(1)})${b.rotate ? ` rotate(${b.rotate.toFixed(1)})` : ''}`}
        >
          <rect
            x={-b.width / 2}
            y={-b.height / 2}
            width={b.width}
            height={b.height}
            rx={4}
            fill="#ffffff"
            stroke="#1a1a1a"
            strokeWidth={1.25}
          />
          {b.parts.map((p) => (
            <g key={p.kind} transform={`translate(${p.x - b.width / 2},${p.y - b.height / 2})`}>
              <Glyph kind={p.kind} upright={-b.rotate} />
              <text
                x={13}
                y={b.rotate ? 4.5 : 5}
                fontSize={b.rotate ? 13 : 15}
                fontWeight={700}
                fill="#1a1a1a"
              >
                {p.count}
              </text>
            </g>
          ))}
        </g>
      ))}
    </g>
  );
}
