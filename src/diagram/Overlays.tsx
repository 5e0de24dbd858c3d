import { useEffect, useState, type RefObject } from 'react';
import type { Segment } from '../layout/radial';
import { useStore } from '../store/store';

/**
 * The keyboard focus ring, drawn over every segment so neighbours cannot hide it: a white band
 * under a black one reads on any fill. Shown only for keyboard focus (:focus-visible).
 */
export function FocusRing({
  svgRef,
  segments,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  segments: Map<string, Segment>;
}) {
  const focusId = useStore((s) => s.focusId);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onIn = (e: FocusEvent) => {
      const target = e.target as Element;
      setVisible(target.matches?.(':focus-visible') ?? true);
    };
    const onOut = () => setVisible(false);
    svg.addEventListener('focusin', onIn);
    svg.addEventListener('focusout', onOut);
    return () => {
      svg.removeEventListener('focusin', onIn);
      svg.removeEventListener('focusout', onOut);
    };
  }, [svgRef]);
  const segment = focusId ? segments.get(focusId) : undefined;
  if (!visible || !segment) return null;
  return (
    <g className="focus-ring">
      <path d={segment.path} fill="none" stroke="#ffffff" strokeWidth={7} />
      <path d={segment.path} fill="none" stroke="#000000" strokeWidth={3.5} />
    </g>
  );
}

/**
 * The selection, outlined in a heavy dashed line so it never depends on colour alone. A segment
 * just clicked is outlined at once, before the page it opens has been drawn.
 */
export function SelectionOutline({
  selectedId,
  segments,
}: {
  selectedId: string | null;
  segments: Map<string, Segment>;
}) {
  const selectingId = useStore((s) => s.selectingId);
  const id = selectingId ?? selectedId;
  const segment = id ? segments.get(id) : undefined;
  if (!segment) return null;
  return (
    <g className="selection-outline">
      <path d={segment.path} fill="none" stroke="#000000" strokeWidth={3} />
      <path d={segment.path} fill="none" stroke="#ffffff" strokeWidth={1.5} strokeDasharray="5 4" />
    </g>
  );
}

/** The full name of the hovered or focused segment, floating beside it. */
export function Tooltip({
  segments,
  names,
  centre,
}: {
  segments: Map<string, Segment>;
  names: Map<string, string>;
  centre: { x: number; y: number };
}) {
  const hoveredId = useStore((s) => s.hoveredId);
  const segment = hoveredId ? segments.get(hoveredId) : undefined;
  const name = hoveredId ? names.get(hoveredId) : undefined;
  if (!segment || !name) return null;
  const { x, y } = segment.centroid;
  const outerPoint = {
    x: x * (segment.outerRadius / ((segment.innerRadius + segment.outerRadius) / 2)),
    y: y * (segment.outerRadius / ((segment.innerRadius + segment.outerRadius) / 2)),
  };
  const left = centre.x + (segment.kind === 'factor' ? outerPoint.x : x);
  const top = centre.y + (segment.kind === 'factor' ? outerPoint.y : y);
  // It opens away from the centre, but towards the room there is near the drawing's top or foot,
  // and wraps rather than run past its sides.
  const width = centre.x * 2;
  const room = Math.max(80, (x < 0 ? left : width - left) - 4);
  const height = centre.y * 2;
  const up = height - top < 100 || (y < 0 && top > 100);
  return (
    <div
      className="diagram-tooltip"
      aria-hidden="true"
      style={{
        ...(x < 0 ? { right: width - left } : { left }),
        top,
        maxWidth: `min(18rem, ${Math.round(room)}px)`,
        transform: `translateY(${up ? '-100%' : '0'})`,
      }}
    >
      {name}
    </div>
  );
}
