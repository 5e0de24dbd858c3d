import { useDiagramLayout } from '../../diagram/layers';
import type { ChangeKind } from './diff';

export const CHANGE_MARK: Record<ChangeKind, { letter: string; colour: string; label: string }> = {
  added: { letter: '+', colour: '#1b5e20', label: 'added' },
  removed: { letter: '−', colour: '#8f2d0b', label: 'removed' },
  renamed: { letter: 'R', colour: '#4a148c', label: 'renamed' },
  moved: { letter: 'M', colour: '#0b4f8a', label: 'moved' },
};

/** Marks each changed segment with an outline and a letter (+ − R M), so colour is never alone. */
export function CompareLayer({ marks }: { marks: ReadonlyMap<string, ChangeKind[]> }) {
  const layers = useDiagramLayout();
  if (!layers) return null;
  return (
    <g className="compare-layer">
      {[...marks].map(([id, kinds]) => {
        const s = layers.segments.get(id);
        const first = kinds[0];
        if (!s || !first) return null;
        const mark = CHANGE_MARK[first];
        const mid = (s.startAngle + s.endAngle) / 2;
        const x = Math.sin(mid) * (s.outerRadius - 12);
        const y = -Math.cos(mid) * (s.outerRadius - 12);
        return (
          <g key={id}>
            <path
              d={s.path}
              fill="none"
              stroke={mark.colour}
              strokeWidth={3}
              strokeDasharray={first === 'removed' ? '5 3' : undefined}
            />
            <circle cx={x} cy={y} r={8} fill={mark.colour} />
            <text
              x={x}
              y={y}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={11}
              fontWeight={700}
              fill="#ffffff"
            >
              {kinds.map((k) => CHANGE_MARK[k].letter).join('')}
            </text>
          </g>
        );
      })}
    </g>
  );
}
