import { useDiagramLayout } from '../../diagram/layers';

/**
 * The step's part of the diagram, outlined so it reads as lit while the rest is dimmed: a thick
 * dark edge with a light core works on any fill and in high contrast. Drawn from the diagram's
 * layout, so it follows every frame of a zoom.
 */
export function SpotlightLayer({ lit }: { lit: ReadonlySet<string> }) {
  const layers = useDiagramLayout();
  if (!layers || lit.size === 0) return null;
  const shapes = [...lit].flatMap((id) => {
    const segment = layers.segments.get(id);
    return segment ? [segment] : [];
  });
  return (
    <g className="spotlight" aria-hidden="true">
      {shapes.map((s) => (
        <path key={`o-${s.id}`} d={s.path} fill="none" stroke="#111111" strokeWidth={4} />
      ))}
      {shapes.map((s) => (
        <path key={`i-${s.id}`} d={s.path} fill="none" stroke="#ffd34d" strokeWidth={1.5} />
      ))}
    </g>
  );
}
