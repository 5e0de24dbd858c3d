import { memo, useMemo } from 'react';
import { useDiagramLayout, type DiagramLayers } from '../../diagram/layers';
import type { ModelIndex } from '../../model/indices';
import type { FactorOutcomeLink } from '../../model/types';
import { useStore } from '../../store/store';
import { DIRECTION_MARK, GRADE_STROKE, linkPath, outcomeColumn, type OutcomeNode } from './bundle';

const INK = { raises: '#8f2d0b', lowers: '#1b5e20', protects: '#0b4f8a' } as const;

interface DrawnLink {
  l: FactorOutcomeLink;
  d: string;
}

/** Every link's curve, computed once per layout (not per hover). */
function useDrawnLinks(
  index: ModelIndex,
  links: readonly FactorOutcomeLink[],
  layers: DiagramLayers | null,
) {
  return useMemo(() => {
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
    // A factor too thin to draw (a large model's level of detail) starts from its domain's band.
    const bands = new Map(layout.collapsed.map((b) => [b.id, b]));
    const drawn: DrawnLink[] = links.flatMap((l) => {
      const domainId = index.domainOfFactor.get(l.factor)?.id ?? '';
      const domain = segments.get(domainId);
      const factor = segments.get(l.factor) ?? bands.get(domainId);
      const node = byId.get(l.outcome);
      return factor && domain && node ? [{ l, d: linkPath(factor, domain, node, hubX) }] : [];
    });
    return { nodes, drawn, size };
  }, [index, links, layers]);
}

const LinkPaths = memo(function LinkPaths({
  drawn,
  lit,
}: {
  drawn: readonly DrawnLink[];
  lit: boolean;
}) {
  return (
    <g className={lit ? 'evidence-links__lit' : 'evidence-links__all'}>
      {drawn.map(({ l, d }) => {
        const stroke = GRADE_STROKE[l.grade];
        return (
          <path
            key={`${l.factor}-${l.outcome}`}
            className={lit ? 'evidence-link is-lit' : 'evidence-link'}
            data-link={`${l.factor}→${l.outcome}`}
            d={d}
            fill="none"
            stroke={INK[l.direction]}
            strokeWidth={stroke.width}
            strokeDasharray={stroke.dash}
            strokeOpacity={lit ? 0.9 : 0.12}
            markerEnd={lit ? `url(#mark-${l.direction})` : undefined}
          />
        );
      })}
    </g>
  );
});

const OutcomeNodes = memo(function OutcomeNodes({
  nodes,
  selected,
}: {
  nodes: OutcomeNode[];
  selected: string | null;
}) {
  return (
    <>
      {nodes.map((n) => (
        <g key={n.id} className={n.id === selected ? 'outcome-node is-selected' : 'outcome-node'}>
          <circle cx={n.x} cy={n.y} r={4} fill="#1a1a1a" />
          <text
            x={n.x + 8}
            y={n.y}
            dominantBaseline="central"
            fontSize={12}
            fontWeight={n.id === selected ? 700 : 400}
            fill="#1a1a1a"
          >
            {n.label}
          </text>
        </g>
      ))}
    </>
  );
});

/**
 * The factor → outcome links over the diagram, as bundled curves to a column of outcomes beside
 * it. Width and dash say the grade; the mark at the end says the direction. Hovering or focusing a
 * factor (or a domain) lights its links; a selected outcome lights its own. Every link is drawn
 * faint once; a hover redraws only the lit ones on top.
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
  const computed = useDrawnLinks(index, links, layers);
  const hoveredKind = hovered ? index.kindOf.get(hovered) : undefined;
  const lit = useMemo(() => {
    if (!computed) return [];
    const domainOf = (factorId: string) => index.domainOfFactor.get(factorId)?.id ?? '';
    const on = (l: FactorOutcomeLink) =>
      hoveredKind === 'factor'
        ? l.factor === hovered
        : hoveredKind === 'domain'
          ? domainOf(l.factor) === hovered
          : selectedOutcome
            ? l.outcome === selectedOutcome
            : true;
    return computed.drawn.filter(({ l }) => on(l));
  }, [computed, index, hovered, hoveredKind, selectedOutcome]);
  if (!computed) return null;
  const { nodes, drawn, size } = computed;
  const everything = lit.length === drawn.length;
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
      />
      {!everything && <LinkPaths drawn={drawn} lit={false} />}
      <LinkPaths drawn={lit} lit />
      <OutcomeNodes nodes={nodes} selected={selectedOutcome} />
    </g>
  );
}
