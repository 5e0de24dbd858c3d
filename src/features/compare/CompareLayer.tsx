import { useDiagramLayout } from '../../diagram/layers';
import type { ChangeKind } from './diff';

/** How each kind of change is drawn: a colour, an outline's dash and a letter, never colour alone. */
export const CHANGE_MARK: Record<
  ChangeKind,
  { letter: string; colour: string; label: string; dash?: string }
> = {
  added: { letter: '+', colour: '#1b5e20', label: 'added' },
  removed: { letter: '−', colour: '#8f2d0b', label: 'removed', dash: '5 3' },
  renamed: { letter: 'R', colour: '#4a148c', label: 'renamed', dash: '1.5 3' },
  moved: { letter: 'M', colour: '#0b4f8a', label: 'moved', dash: '8 3 2 3' },
};

/** A letter's disc needs this much of the band, along it, to stand clear of its neighbours'. */
const LETTER_ROOM = 15;

/**
 * Marks each changed segment with an outline (its colour and dash say the kind) and, where there
 * is room, the kind's letter (+ − R M) in the band outside the factor ring, clear of every label.
 */
export function CompareLayer({ marks }: { marks: ReadonlyMap<string, ChangeKind[]> }) {
  const layers = useDiagramLayout();
  if (!layers) return null;
  const band = layers.layout.rings.group;
  const at = (band.inner + band.outer) / 2;
  const disc = Math.min(7, (band.outer - band.inner) / 2 + 2);
  return (
    <g className="compare-layer" aria-hidden="true">
      {[...marks].map(([id, kinds]) => {
        const s = layers.segments.get(id);
        const first = kinds[0];
        if (!s || !first) return null;
        const mark = CHANGE_MARK[first];
        const mid = (s.startAngle + s.endAngle) / 2;
        const room = (s.endAngle - s.startAngle) * at;
        const letter = s.kind === 'factor' && room >= LETTER_ROOM;
        const x = Math.sin(mid) * at;
        const y = -Math.cos(mid) * at;
        return (
          <g key={id}>
            <path
              d={s.path}
              fill="none"
              stroke={mark.colour}
              strokeWidth={3}
              strokeDasharray={mark.dash}
            />
            {letter && (
              <>
                <circle
                  cx={x}
                  cy={y}
                  r={disc}
                  fill={mark.colour}
                  stroke="#ffffff"
                  strokeWidth={1}
                />
                <text
                  x={x}
                  y={y}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={10}
                  fontWeight={700}
                  fill="#ffffff"
                >
                  {kinds.map((k) => CHANGE_MARK[k].letter).join('')}
                </text>
              </>
            )}
          </g>
        );
      })}
    </g>
  );
}
