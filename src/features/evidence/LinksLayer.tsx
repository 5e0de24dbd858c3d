import { useDiagramLayout } from '../../diagram/layers';
import type { ModelIndex } from '../../model/indices';
import type { FactorOutcomeLink } from '../../model/types';
import { useStore } from '../../store/store';
import { DIRECTION_MARK, GRADE_STROKE, linkPath, outcomeColumn } from './bundle';

const INK = { raises: '#8f2d0b', lowers: '#1b5e20', protects: '#0b4f8a' } as const;

/**
 * The factor → outcome links over the diagram, as bundled curves to a column of outcomes beside
 * it. Width and dash say the grade; the mark at the end says the direction. Hovering or focusing a
 * factor lights its links; a selected outcome lights its own.
 */
export function LinksLayer({
  index,
  links,
  selectedOutcome,
}: {
  index: ModelIndex;
  links: readonly FactorOutcomeLink[];
  selectedOutcome: string | null;
}) {
  const layers = useDiagramLayout();
  const hovered = useStore((s) => s.hoveredId);
  if (!layers) return null;
  const { layout, segments, size } = layers;
  const outcomes = index.model.outcomeCategories.flatMap((c) =>
    index.model.outcomes
      .filter((o) => o.category === c.id)
      .map((o) => ({ id: o.id, label: o.shortLabel ?? o.label, category: c.id })),
  );
  const nodes = outcomeColumn(outcomes, layout.radius, size.width, size.height);
  if (!nodes) return null;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hubX = layout.radius * 0.7;
  const focus = hovered && index.kindOf.get(hovered) === 'factor' ? hovered : null;
  const lit = (l: FactorOutcomeLink) =>
    focus ? l.factor === focus : selectedOutcome ? l.outcome === selectedOutcome : true;
  const drawn = links.flatMap((l) => {
    const factor = segments.get(l.factor);
    const domain = segments.get(index.domainOfFactor.get(l.factor)?.id ?? '');
    const node = byId.get(l.outcome);
    return factor && domain && node ? [{ l, d: linkPath(factor, domain, node, hubX) }] : [];
  });
  // Lit links last, so they sit on top.
  drawn.sort((a, b) => Number(lit(a.l)) - Number(lit(b.l)));
  return (
    <g className="evidence-links">
      <defs>
        {(['raises', 'lowers', 'protects'] as const).map((d) => (
          <marker
            key={d}
            id={`mark-${d}`}
            viewBox="-6 -6 12 12"
            markerWidth={7}
            markerHeight={7}
            orient="auto"
          >
            {DIRECTION_MARK[d].marker === 'arrow' && <path d="M-5,-5L5,0L-5,5Z" fill={INK[d]} />}
            {DIRECTION_MARK[d].marker === 'bar' && (
              <rect x={-1.5} y={-5} width={3} height={10} fill={INK[d]} />
            )}
            {DIRECTION_MARK[d].marker === 'ring' && (
              <circle r={3.5} fill="#ffffff" stroke={INK[d]} strokeWidth={2} />
            )}
          </marker>
        ))}
      </defs>
      <rect
        x={-size.width / 2}
        y={-size.height / 2}
        width={size.width}
        height={size.height}
        fill="#ffffff"
        opacity={0.35}
        pointerEvents="none"
      />
      {drawn.map(({ l, d }) => {
        const stroke = GRADE_STROKE[l.grade];
        const on = lit(l);
        return (
          <path
            key={`${l.factor}-${l.outcome}`}
            className={on ? 'evidence-link is-lit' : 'evidence-link'}
            data-link={`${l.factor}→${l.outcome}`}
            d={d}
            fill="none"
            stroke={INK[l.direction]}
            strokeWidth={stroke.width}
            strokeDasharray={stroke.dash}
            strokeOpacity={on ? 0.9 : 0.12}
            markerEnd={on ? `url(#mark-${l.direction})` : undefined}
          />
        );
      })}
      {nodes.map((n) => (
        <g
          key={n.id}
          className={n.id === selectedOutcome ? 'outcome-node is-selected' : 'outcome-node'}
        >
          <circle cx={n.x} cy={n.y} r={4} fill="#1a1a1a" />
          <text
            x={n.x + 8}
            y={n.y}
            dominantBaseline="central"
            fontSize={12}
            fontWeight={n.id === selectedOutcome ? 700 : 400}
            fill="#1a1a1a"
          >
            {n.label}
          </text>
        </g>
      ))}
    </g>
  );
}
