import { arc as d3arc } from 'd3-shape';
import type { Model } from '../model/types';
import { displayLabel } from '../model/indices';
import type { BaseAngles, BaseArc, View } from './angles';
import { ringRadii, type RingRadii } from './rings';
import { fitText, type FittedText } from './text';
import { polar, radians, toDegrees, type Radians } from './units';

export type SegmentKind = 'group' | 'domain' | 'factor';

export type Label =
  /** Reads along the radius, outwards on the right half and inwards on the left. */
  | ({ mode: 'radial'; x: number; y: number; rotate: number } & FittedText)
  /** Level lines at the segment's centre: used when a zoomed segment is wide. */
  | ({ mode: 'horizontal'; x: number; y: number } & FittedText)
  /** Follows the ring, one arc path per line, always reading left to right. */
  | ({ mode: 'curved'; paths: string[] } & FittedText);

export interface Segment {
  id: string;
  kind: SegmentKind;
  parentId: string;
  index: number;
  count: number;
  startAngle: Radians;
  endAngle: Radians;
  innerRadius: number;
  outerRadius: number;
  path: string;
  centroid: { x: number; y: number };
  label: Label | null;
}

export interface CentreDisc {
  id: string;
  innerRadius: number;
  outerRadius: number;
  path: string;
  label: Label | null;
}

export interface RadialLayout {
  radius: number;
  rings: RingRadii;
  centre: CentreDisc[];
  groups: Segment[];
  domains: Segment[];
  /** The factors drawn one by one: those of domains wide enough on screen to tell them apart. */
  factors: Segment[];
  /**
   * Level of detail: where a domain's factors would be too thin to see or point at, its part of
   * the outer ring is one band (with its factor count) until the view zooms in far enough.
   */
  collapsed: Segment[];
}

/** The narrowest a factor segment is drawn, in pixels at the inner edge of its ring. */
export const MIN_FACTOR_WIDTH = 4;

const TAU = Math.PI * 2;
type ArcDatum = { startAngle: number; endAngle: number; innerRadius: number; outerRadius: number };
const arcPath = d3arc<ArcDatum>().padAngle(0).cornerRadius(2);
/** Square corners: a quarter of the path to compute, parse and paint, for frames in mid-zoom. */
const plainArcPath = d3arc<ArcDatum>().padAngle(0);
type ArcShape = typeof arcPath;

/** Maps a model-space angle into the current view, clamped so off-view arcs collapse to nothing. */
export function project(x: number, view: View): Radians {
  const t = (x - view.x0) / (view.x1 - view.x0);
  return radians(Math.min(1, Math.max(0, t)) * TAU);
}

/**
 * An SVG arc for text to follow, drawn so the text reads left to right: clockwise on the top half,
 * anticlockwise on the bottom half.
 */
export function textArcPath(start: number, end: number, radius: number): string {
  const mid = (start + end) / 2;
  const bottom = Math.cos(mid) < 0;
  const [a0, a1] = bottom ? [end, start] : [start, end];
  const p0 = polar(radians(a0), radius);
  const p1 = polar(radians(a1), radius);
  const large = Math.abs(end - start) > Math.PI ? 1 : 0;
  const sweep = bottom ? 0 : 1;
  const r = radius.toFixed(2);
  return `M${p0.x.toFixed(2)},${p0.y.toFixed(2)}A${r},${r} 0 ${large} ${sweep} ${p1.x.toFixed(2)},${p1.y.toFixed(2)}`;
}

/** The span a curved label may use: very wide arcs get a centred part, placed at the top if whole. */
function labelSpan(start: number, end: number): [number, number] {
  const span = end - start;
  if (span >= TAU * 0.95) return [-0.4 * Math.PI, 0.4 * Math.PI];
  const mid = (start + end) / 2;
  const half = Math.min(span, Math.PI * 0.9) / 2;
  return [mid - half, mid + half];
}

function curvedLabel(
  start: number,
  end: number,
  inner: number,
  outer: number,
  texts: string[],
  opts: { maxFont: number; minFont: number; bold?: boolean; maxLines?: number; firstFit?: boolean },
): Label | null {
  const [a0, a1] = labelSpan(start, end);
  const mid = (inner + outer) / 2;
  const bottom = Math.cos((a0 + a1) / 2) < 0;
  const lineHeight = 1.15;
  // Line i of n sits on its own arc: top half, first line outermost; bottom half, innermost.
  const radiusOf = (i: number, n: number, fontSize: number) => {
    const offset = (i - (n - 1) / 2) * fontSize * lineHeight;
    return bottom ? mid + offset : mid - offset;
  };
  const fit = fitText({
    texts,
    width: (a1 - a0) * mid * 0.92,
    lineWidth: (i, n, size) => (a1 - a0) * (radiusOf(i, n, size) - size / 2) * 0.96,
    height: (outer - inner) * 0.9,
    maxFont: opts.maxFont,
    minFont: opts.minFont,
    maxLines: opts.maxLines ?? 2,
    bold: opts.bold,
    lineHeight,
    firstFit: opts.firstFit,
  });
  if (!fit) return null;
  const paths = fit.lines.map((_, i) =>
    textArcPath(a0, a1, radiusOf(i, fit.lines.length, fit.fontSize)),
  );
  return { mode: 'curved', paths, ...fit };
}

function factorLabel(
  start: number,
  end: number,
  inner: number,
  outer: number,
  texts: string[],
): Label | null {
  const pad = 6;
  const depth = outer - inner - 2 * pad;
  const midR = (inner + outer) / 2;
  const mid = (start + end) / 2;
  const width = (end - start) * (inner + pad); // the narrow end decides
  const at = polar(radians(mid), midR);
  if (width < 9) return null;
  if (width >= depth * 0.9) {
    // Wide segment: level text. Its box turns with the angle: tall near 3 and 9 o'clock.
    const s = Math.abs(Math.sin(mid));
    const c = Math.abs(Math.cos(mid));
    const fit = fitText({
      texts,
      width: (s * depth + c * width) * 0.8,
      height: (c * depth + s * width) * 0.7,
      maxFont: 15,
      minFont: 10,
      maxLines: 6,
    });
    return fit && { mode: 'horizontal', x: at.x, y: at.y, ...fit };
  }
  // Narrow segments read the short label on one line; zoomed ones have room for the full name.
  const fit = fitText({
    texts,
    width: depth,
    height: width * 0.9,
    maxFont: 13,
    minFont: 10,
    maxLines: 3,
  });
  if (!fit) return null;
  const deg = toDegrees(radians(mid));
  const rotate = deg < 180 ? deg - 90 : deg + 90;
  return { mode: 'radial', x: at.x, y: at.y, rotate, ...fit };
}

function segment(
  base: BaseArc,
  kind: SegmentKind,
  view: View,
  inner: number,
  outer: number,
  label: (start: number, end: number) => Label | null,
  shape: ArcShape = arcPath,
): Segment | null {
  const startAngle = project(base.x0, view);
  const endAngle = project(base.x1, view);
  if (endAngle - startAngle < 1e-6) return null;
  const datum = { startAngle, endAngle, innerRadius: inner, outerRadius: outer };
  const c = polar(radians((startAngle + endAngle) / 2), (inner + outer) / 2);
  return {
    id: base.id,
    kind,
    parentId: base.parentId,
    index: base.index,
    count: base.count,
    startAngle,
    endAngle,
    innerRadius: inner,
    outerRadius: outer,
    path: shape(datum) ?? '',
    centroid: c,
    label: label(startAngle, endAngle),
  };
}

const present = <T>(x: T | null): x is T => x !== null;

type Labelled = { label: string; shortLabel?: string | undefined };
const labelled = new WeakMap<Model, Map<string, Labelled>>();
/** Every group, domain and factor of a model by id, for its labels: built once per model. */
function labelledItems(model: Model): Map<string, Labelled> {
  let out = labelled.get(model);
  if (!out) {
    out = new Map<string, Labelled>();
    for (const g of model.groups) out.set(g.id, g);
    for (const d of model.domains) {
      out.set(d.id, d);
      for (const f of d.factors) out.set(f.id, f);
    }
    labelled.set(model, out);
  }
  return out;
}

const grouped = new WeakMap<BaseAngles, Map<string, BaseArc[]>>();
/** A layout's factors by domain, in order: built once per layout. */
function factorsByDomain(base: BaseAngles): Map<string, BaseArc[]> {
  let out = grouped.get(base);
  if (!out) {
    out = new Map<string, BaseArc[]>();
    for (const b of base.factors) {
      const list = out.get(b.parentId);
      if (list) list.push(b);
      else out.set(b.parentId, [b]);
    }
    grouped.set(base, out);
  }
  return out;
}

/**
 * Lays the model out as rings for a given view and radius: pure data, no DOM.
 * Called for every frame of a zoom, so it does no more than geometry and label fitting; frames
 * in mid-zoom ask for no ring labels at all.
 */
export function computeRadialLayout(
  model: Model,
  base: BaseAngles,
  view: View,
  radius: number,
  options: { labels?: boolean; corners?: boolean } = {},
): RadialLayout {
  // Mid-zoom frames skip the ring labels (fitting and painting text is most of a frame's cost)
  // and draw factors with square corners.
  const withLabels = options.labels ?? true;
  const factorShape = (options.corners ?? true) ? arcPath : plainArcPath;
  const rings = ringRadii(radius, model.centre.length);
  const labelOf = labelledItems(model);
  const texts = (id: string) => {
    const item = labelOf.get(id);
    if (!item) return [id];
    const short = displayLabel(item);
    return short === item.label ? [item.label] : [item.label, short];
  };

  const centre = model.centre.map((ring, i): CentreDisc => {
    const r = rings.centre[i] ?? { inner: 0, outer: 0 };
    const path =
      arcPath({ startAngle: 0, endAngle: TAU, innerRadius: r.inner, outerRadius: r.outer }) ?? '';
    let label: Label | null;
    if (i === 0) {
      const fit = fitText({
        texts: [ring.label],
        width: r.outer * 1.6,
        height: r.outer * 1.4,
        maxFont: 15,
        minFont: 9,
        maxLines: 3,
        bold: true,
      });
      label = fit && { mode: 'horizontal', x: 0, y: 0, ...fit };
    } else {
      label = curvedLabel(-0.42 * Math.PI, 0.42 * Math.PI, r.inner, r.outer, [ring.label], {
        maxFont: 12,
        minFont: 8,
        bold: true,
        maxLines: 1,
      });
    }
    return { id: ring.id, innerRadius: r.inner, outerRadius: r.outer, path, label };
  });

  const groups = base.groups
    .map((b) =>
      segment(b, 'group', view, rings.group.inner, rings.group.outer, (s, e) =>
        !withLabels
          ? null
          : curvedLabel(s, e, rings.group.inner, rings.group.outer, texts(b.id), {
              maxFont: 12,
              minFont: 9,
              bold: true,
              maxLines: 1,
            }),
      ),
    )
    .filter(present);
  const domains = base.domains
    .map((b) =>
      segment(b, 'domain', view, rings.domain.inner, rings.domain.outer, (s, e) =>
        !withLabels
          ? null
          : curvedLabel(s, e, rings.domain.inner, rings.domain.outer, texts(b.id), {
              maxFont: 14,
              minFont: 10,
              bold: true,
              maxLines: 3,
              // A domain's full name is worth a smaller size.
              firstFit: true,
            }),
      ),
    )
    .filter(present);
  // Factors of one domain share its width equally, so one look at the first tells for them all.
  // Only the domains in view are looked at: a frame of a zoom into one domain of a 5,000-factor
  // model lays out that domain's factors, not all 5,000.
  const byDomain = factorsByDomain(base);
  const widthOnScreen = (b: BaseArc) =>
    (project(b.x1, view) - project(b.x0, view)) * rings.factor.inner;
  const factors: Segment[] = [];
  const collapsed: Segment[] = [];
  for (const d of base.domains) {
    if (project(d.x1, view) - project(d.x0, view) < 1e-6) continue;
    const list = byDomain.get(d.id) ?? [];
    const first = list[0];
    if (first && widthOnScreen(first) < MIN_FACTOR_WIDTH) {
      const band = segment(d, 'domain', view, rings.factor.inner, rings.factor.outer, (s, e) =>
        withLabels
          ? factorLabel(s, e, rings.factor.inner, rings.factor.outer, [`${list.length} factors`])
          : null,
      );
      if (band) collapsed.push(band);
      continue;
    }
    for (const b of list) {
      const f = segment(
        b,
        'factor',
        view,
        rings.factor.inner,
        rings.factor.outer,
        (s, e) =>
          withLabels
            ? factorLabel(s, e, rings.factor.inner, rings.factor.outer, texts(b.id))
            : null,
        factorShape,
      );
      if (f) factors.push(f);
    }
  }
  return { radius, rings, centre, groups, domains, factors, collapsed };
}

/**
 * Whole layouts (labels, rounded corners) of one model at one radius, each view laid out once and
 * kept while that view object lives. The diagram keeps the layout of the view it last stood still
 * at while a zoom moves, and lays out the view a zoom lands on once for its labels and its
 * buttons both.
 */
export function stillLayouts(
  model: Model,
  base: BaseAngles,
  radius: number,
): (view: View) => RadialLayout {
  const kept = new WeakMap<View, RadialLayout>();
  return (view) => {
    let layout = kept.get(view);
    if (!layout) kept.set(view, (layout = computeRadialLayout(model, base, view, radius)));
    return layout;
  };
}
