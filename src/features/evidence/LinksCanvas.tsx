import { useLayoutEffect, useRef } from 'react';
import type { FactorOutcomeLink } from '../../model/types';
import { DIRECTION_MARK, GRADE_STROKE, LINK_INK } from './bundle';

/** From this many links, links are painted on canvases rather than drawn as SVG paths. */
export const CANVAS_FROM_LINKS = 400;

type Drawn = readonly { l: FactorOutcomeLink; d: string }[];

/**
 * The SVG markers' shapes, drawn at a path's end, turned the way it arrives (from its last curve's
 * control point) and sized to its stroke, as markers are.
 */
function mark(ctx: CanvasRenderingContext2D, l: FactorOutcomeLink, d: string, width: number) {
  const [cx = 0, cy = 0, x = 1, y = 0] =
    d
      .match(/-?\d*\.?\d+(?:e-?\d+)?/g)
      ?.slice(-4)
      .map(Number) ?? [];
  const ink = LINK_INK[l.direction];
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(Math.atan2(y - cy, x - cx));
  ctx.scale((7 * width) / 12, (7 * width) / 12);
  ctx.setLineDash([]);
  ctx.fillStyle = ink;
  const shape = DIRECTION_MARK[l.direction].marker;
  if (shape === 'arrow') {
    ctx.fill(new Path2D('M-5,-5L5,0L-5,5Z'));
  } else if (shape === 'bar') {
    ctx.fillRect(-1.5, -5, 3, 10);
  } else {
    ctx.beginPath();
    ctx.arc(0, 0, 3.5, 0, 2 * Math.PI);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = ink;
    ctx.stroke();
  }
  ctx.restore();
}

/**
 * Links painted on a canvas over the drawing, for models with thousands of them: as SVG, every
 * link was an element to style and raster, and a hover that lit a domain's hundred links took two
 * to four frames (100–380 ms a frame when the resting links re-rendered too). The resting links
 * are painted once per layout and faded with one style change; the lit ones, with their direction
 * marks, are painted on a second canvas when they change. It is decoration only (the layer is
 * hidden from assistive technology): the outcomes are buttons and the table lists every link.
 */
export function LinksCanvas({
  drawn,
  size,
  lit = false,
  faint = false,
}: {
  drawn: Drawn;
  size: { width: number; height: number };
  /** Lit links: opaque, with direction marks. Otherwise the resting links. */
  lit?: boolean;
  faint?: boolean;
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
    ctx.globalAlpha = lit ? 0.9 : 0.45;
    for (const { l, d } of drawn) {
      const stroke = GRADE_STROKE[l.grade];
      ctx.strokeStyle = LINK_INK[l.direction];
      ctx.lineWidth = stroke.width;
      ctx.setLineDash(stroke.dash ? stroke.dash.split(' ').map(Number) : []);
      ctx.stroke(new Path2D(d));
      if (lit) mark(ctx, l, d, stroke.width);
    }
  }, [drawn, size, lit]);
  return (
    <foreignObject x={-size.width / 2} y={-size.height / 2} width={size.width} height={size.height}>
      <canvas
        ref={canvas}
        className={lit ? 'evidence-links__canvas is-lit' : 'evidence-links__canvas'}
        {...(lit ? { 'data-links-lit': drawn.length } : { 'data-links-drawn': drawn.length })}
        style={{ width: '100%', height: '100%', opacity: faint ? 0.22 : 1 }}
      />
    </foreignObject>
  );
}
