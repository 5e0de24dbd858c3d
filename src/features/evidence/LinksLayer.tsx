import { memo, useEffect, useMemo, type KeyboardEvent } from 'react';
import { useDiagramLayout, type DiagramLayers } from '../../diagram/layers';
import { estimateTextWidth } from '../../layout/text';
import type { ModelIndex } from '../../model/indices';
import type { FactorOutcomeLink } from '../../model/types';
import { useStore } from '../../store/store';
import { DIRECTION_MARK, GRADE_STROKE, LINK_INK, linkPath } from './bundle';
import { CANVAS_FROM_LINKS, LinksCanvas } from './LinksCanvas';
import { mapOutcomes, placeOutcomes, type OutcomePlacement } from './placement';

interface DrawnLink {
  l: FactorOutcomeLink;
  d: string;
}

/** The outcomes' places and every link's curve, computed once per layout (not per hover). */
function useDrawnLinks(
  index: ModelIndex,
  links: readonly FactorOutcomeLink[],
  layers: DiagramLayers | null,
) {
  return useMemo(() => {
    if (!layers) return null;
    const { layout, segments, size } = layers;
    const outcomes = mapOutcomes(index.model.outcomes);
    const placement = placeOutcomes(outcomes, index.model.outcomeCategories, layout.radius, size);
    if (!placement) return { placement: null, drawn: [], size };
    const byId = new Map(placement.nodes.map((n) => [n.id, n]));
    const hub = layout.radius * 0.7;
    // A factor too thin to draw (a large model's level of detail) starts from its domain's band.
    const bands = new Map(layout.collapsed.map((b) => [b.id, b]));
    const drawn: DrawnLink[] = links.flatMap((l) => {
      const domainId = index.domainOfFactor.get(l.factor)?.id ?? '';
      const domain = segments.get(domainId);
      const factor = segments.get(l.factor) ?? bands.get(domainId);
      const node = byId.get(l.outcome);
      return factor && domain && node ? [{ l, d: linkPath(factor, domain, node, hub) }] : [];
    });
    return { placement, drawn, size };
  }, [index, links, layers]);
}

const LinkPaths = memo(function LinkPaths({
  drawn,
  lit,
  faint,
}: {
  drawn: readonly DrawnLink[];
  lit: boolean;
  faint: boolean;
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
            stroke={LINK_INK[l.direction]}
            strokeWidth={stroke.width}
            strokeDasharray={stroke.dash}
            strokeOpacity={faint ? 0.1 : lit ? 0.9 : 0.45}
            markerEnd={lit ? `url(#mark-${l.direction})` : undefined}
          />
        );
      })}
    </g>
  );
});

/**
 * The outcomes, each a button: choosing one lights its links (and shows its evidence under the
 * map); pointing at one lights them for as long as it is pointed at.
 */
const OutcomeButtons = memo(function OutcomeButtons({
  index,
  placement,
  counts,
  selected,
  onSelect,
}: {
  index: ModelIndex;
  placement: OutcomePlacement;
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { fontSize, nodes, headings } = placement;
  const { hoverSegment } = useStore.getState();
  const onKey = (id: string) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onSelect(id);
  };
  return (
    <g className="outcome-nodes" role="group" aria-label="Outcomes">
      {headings.map((h) => (
        <text
          key={h.id}
          className="outcome-heading"
          x={h.x}
          y={h.y}
          textAnchor={h.anchor}
          dominantBaseline="central"
          fontSize={fontSize}
          aria-hidden="true"
        >
          {h.label}
        </text>
      ))}
      {nodes.map((n) => {
        const count = counts.get(n.id) ?? 0;
        const full = index.outcomeById.get(n.id)?.label ?? n.label;
        const width = estimateTextWidth(`${n.label} (${count})`, fontSize, true) + 18;
        return (
          <g
            key={n.id}
            className={n.id === selected ? 'outcome-node is-selected' : 'outcome-node'}
            role="button"
            tabIndex={0}
            aria-pressed={n.id === selected}
            // What it shows comes first, so a spoken command can say it; then the full name.
            aria-label={`${n.label} (${count})${full === n.label ? '' : `: ${full}`}, ${count} ${count === 1 ? 'link' : 'links'}`}
            data-outcome={n.id}
            onClick={() => onSelect(n.id)}
            onKeyDown={onKey(n.id)}
            onPointerEnter={() => hoverSegment(n.id)}
            onPointerLeave={() => hoverSegment(null)}
            onFocus={() => hoverSegment(n.id)}
            onBlur={() => hoverSegment(null)}
          >
            {/* What the pointer and the focus ring take: the dot and the label together. */}
            <rect
              className="outcome-node__hit"
              x={n.anchor === 'end' ? n.x - width + 6 : n.x - 7}
              y={n.y - fontSize}
              width={width}
              height={fontSize * 2}
              rx={4}
            />
            <circle cx={n.x} cy={n.y} r={4.5} fill="#1a1a1a" />
            <text
              x={n.labelX}
              y={n.y}
              textAnchor={n.anchor}
              dominantBaseline="central"
              fontSize={fontSize}
              fontWeight={n.id === selected ? 700 : 400}
            >
              {n.label} <tspan className="outcome-node__count">({count})</tspan>
            </text>
          </g>
        );
      })}
    </g>
  );
});

/**
 * The factor → outcome links over the diagram, drawn beneath its labels, as bundled curves to the
 * outcomes placed in the room beside (or above and below) the circle. Width and dash say the
 * grade; the mark at the end says the direction. Hovering or focusing a factor, a domain or an
 * outcome lights its links; a chosen outcome lights its own. `onDrawn` hears how many links are
 * drawn: none when the outcomes cannot be placed legibly at this size.
 */
export function LinksLayer({
  index,
  links,
  selectedOutcome,
  onSelectOutcome,
  onDrawn,
}: {
  index: ModelIndex;
  links: readonly FactorOutcomeLink[];
  selectedOutcome: string | null;
  onSelectOutcome: (id: string) => void;
  onDrawn: (count: number) => void;
}) {
  const layers = useDiagramLayout();
  const hovered = useStore((s) => s.hoveredId);
  const computed = useDrawnLinks(index, links, layers);
  const drawnCount = computed?.drawn.length;
  useEffect(() => {
    if (drawnCount !== undefined) onDrawn(drawnCount);
  }, [drawnCount, onDrawn]);
  const counts = useMemo(() => {
    const out = new Map<string, number>();
    for (const l of links) out.set(l.outcome, (out.get(l.outcome) ?? 0) + 1);
    return out;
  }, [links]);
  const hoveredKind = hovered ? index.kindOf.get(hovered) : undefined;
  const lit = useMemo(() => {
    if (!computed) return [];
    const domainOf = (factorId: string) => index.domainOfFactor.get(factorId)?.id ?? '';
    const on = (l: FactorOutcomeLink) =>
      hoveredKind === 'factor'
        ? l.factor === hovered
        : hoveredKind === 'domain'
          ? domainOf(l.factor) === hovered
          : hoveredKind === 'outcome'
            ? l.outcome === hovered
            : selectedOutcome
              ? l.outcome === selectedOutcome
              : false;
    return computed.drawn.filter(({ l }) => on(l));
  }, [computed, index, hovered, hoveredKind, selectedOutcome]);
  if (!computed?.placement) return null;
  const { placement, drawn, size } = computed;
  return (
    <g className="evidence-links" data-links-drawn={drawn.length}>
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
            {DIRECTION_MARK[d].marker === 'arrow' && (
              <path d="M-5,-5L5,0L-5,5Z" fill={LINK_INK[d]} />
            )}
            {DIRECTION_MARK[d].marker === 'bar' && (
              <rect x={-1.5} y={-5} width={3} height={10} fill={LINK_INK[d]} />
            )}
            {DIRECTION_MARK[d].marker === 'ring' && (
              <circle r={3.5} fill="#ffffff" stroke={LINK_INK[d]} strokeWidth={2} />
            )}
          </marker>
        ))}
      </defs>
      <g aria-hidden="true">
        <rect
          x={-size.width / 2}
          y={-size.height / 2}
          width={size.width}
          height={size.height}
          fill="#ffffff"
          opacity={0.35}
        />
        {drawn.length >= CANVAS_FROM_LINKS ? (
          <>
            <LinksCanvas drawn={drawn} size={size} faint={lit.length > 0} />
            <LinksCanvas drawn={lit} size={size} lit />
          </>
        ) : (
          <>
            <LinkPaths drawn={drawn} lit={false} faint={lit.length > 0} />
            <LinkPaths drawn={lit} lit faint={false} />
          </>
        )}
      </g>
      <OutcomeButtons
        index={index}
        placement={placement}
        counts={counts}
        selected={selectedOutcome}
        onSelect={onSelectOutcome}
      />
    </g>
  );
}
