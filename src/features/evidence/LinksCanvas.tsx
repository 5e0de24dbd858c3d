import { useLayoutEffect, useRef } from 'react';
import type { FactorOutcomeLink } from '../../model/types';
import { GRADE_STROKE, LINK_INK } from './bundle';

/** From this many links, the resting ones are painted on a canvas rather than drawn as SVG. */
export const CANVAS_FROM_LINKS = 400;

/**
 * Every link at rest, painted once per layout on a canvas over the drawing: thousands of SVG
 * paths were each an element to style, and fading them for a hover re-rendered them all (100–380
 * ms a frame at 5,000 links). Fading the canvas is one style change. It is decoration only: the
 * links a person points at are drawn in SVG above it, and the table lists every link.
 */
export function LinksCanvas({
  drawn,
  size,
  faint,
}: {
  drawn: readonly { l: FactorOutcomeLink; d: string }[];
  size: { width: number; height: number };
  faint: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const scale = window.devicePixelRatio || 1;
    el.width = Math.round(size.width * scale);
    el.height = Math.round(size.height * scale);
    ctx.setTransform(scale, 0, 0, scale, (size.width / 2) * scale, (size.height / 2) * scale);
    ctx.globalAlpha = 0.45;
    for (const { l, d } of drawn) {
      const stroke = GRADE_STROKE[l.grade];
      ctx.strokeStyle = LINK_INK[l.direction];
      ctx.lineWidth = stroke.width;
      ctx.setLineDash(stroke.dash ? stroke.dash.split(' ').map(Number) : []);
      ctx.stroke(new Path2D(d));
    }
  }, [drawn, size]);
  return (
    <foreignObject x={-size.width / 2} y={-size.height / 2} width={size.width} height={size.height}>
      <canvas
        ref={canvas}
        className="evidence-links__canvas"
        aria-hidden="true"
        data-links-drawn={drawn.length}
        style={{ width: '100%', height: '100%', opacity: faint ? 0.22 : 1 }}
      />
    </foreignObject>
  );
}
