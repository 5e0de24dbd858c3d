import { useEffect } from 'react';
import { useDiagramLayout } from '../../diagram/layers';
import type { ModelIndex } from '../../model/indices';
import { isRating } from './format';
import { startReflection, useReflection } from './session';
import './reflect.css';

/**
 * The person's reflection drawn over the diagram: on each marked factor, triangles pointing down
 * for what drains and up for what sustains, one per step of strength, plus an outline (dashed for
 * draining) so shape, count and line all carry it, not colour alone. Marked `data-personal`, so an
 * exported image leaves it out.
 */
export default function ReflectionLayer({ index }: { index: ModelIndex }) {
  const layers = useDiagramLayout();
  const { data, status } = useReflection();
  useEffect(() => {
    void startReflection(index.model.id);
  }, [index]);
  if (!layers || status !== 'ready') return null;
  const marks = Object.entries(data.entries).flatMap(([id, entry]) => {
    const segment = layers.segments.get(id);
    return segment && isRating(entry) && entry.feeling !== 'neutral' ? [{ segment, entry }] : [];
  });
  return (
    <g className="reflection-layer" data-personal="true" aria-hidden="true">
      {marks.map(({ segment, entry }) => {
        const draining = entry.feeling === 'draining';
        const colour = draining ? '#a3300b' : '#0b5394';
        const { x, y } = segment.centroid;
        const r = Math.hypot(x, y) || 1;
        // Glyphs sit near the outer edge of the segment, along its radius.
        const at = (k: number) => {
          const d = segment.outerRadius - 14 - k * 13;
          return { gx: (x / r) * d, gy: (y / r) * d };
        };
        return (
          <g key={segment.id}>
            <path
              d={segment.path}
              fill="none"
              stroke={colour}
              strokeWidth={3}
              strokeDasharray={draining ? '6 4' : undefined}
            />
            {Array.from({ length: entry.strength }, (_, k) => {
              const { gx, gy } = at(k);
              const tri = draining ? 'M-5,-4L5,-4L0,5Z' : 'M-5,4L5,4L0,-5Z';
              return (
                <path
                  key={k}
                  d={tri}
                  transform={`translate(${gx.toFixed(1)},${gy.toFixed(1)})`}
                  fill={colour}
                  stroke="#ffffff"
                  strokeWidth={1}
                />
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
