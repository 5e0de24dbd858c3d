import { arc as d3arc } from 'd3-shape';
import type { Model } from '../model/types';
import type { BaseAngles, BaseArc, View } from './angles';
import { fitLabel, type Label, type LabelKind, type Named, type Wedge } from './labels';
import { ringRadii, type RingRadii } from './rings';
import { polar, radians, type Radians } from './units';

export type SegmentKind = 'group' | 'domain' | 'factor';

export type { Label } from './labels';

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

function segment(
  base: BaseArc,
  kind: SegmentKind,
  view: View,
  { inner, outer }: { inner: number; outer: number },
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

const labelled = new WeakMap<Model, Map<string, Named>>();
/** Every group, domain and factor of a model by id, for its labels: built once per model. */
function labelledItems(model: Model): Map<string, Named> {
  let out = labelled.get(model);
  if (!out) {
    out = new Map<string, Named>();
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

const medians = new WeakMap<BaseAngles, number>();
/** The median factor's share of the whole circle, in turns: worked out once per layout. */
function medianFactorTurns(base: BaseAngles): number {
  let median = medians.get(base);
  if (median === undefined) {
    const spans = base.factors.map((f) => f.x1 - f.x0).sort((a, b) => a - b);
    median = spans[Math.floor(spans.length / 2)] ?? 1;
    medians.set(base, median);
  }
  return median;
}

/** Factors narrower than this on screen cannot carry a label, so their ring gives way. */
const LABEL_ROOM_PX = { none: 10.75, full: 11.25 };

/**
 * How much room the factor ring's labels get in this view (see ringRadii): none where the
 * median factor, at the normal factor ring, is too thin to carry a label at 9 px (a phone, or a
 * very large model), full where labels fit. The step between is short, so a drawing at rest is
 * one or the other (never factor labels that come and go segment by segment), yet a zoom that
 * widens the factors grows their ring smoothly as it passes.
 */
export function labelDetail(base: BaseAngles, view: View, radius: number): number {
  // As a factor's label measures it: across the segment, a little in from its inner edge.
  const normalInner = ringRadii(radius, 1).factor.inner + 6;
  const px = (medianFactorTurns(base) / (view.x1 - view.x0)) * TAU * normalInner;
  return Math.min(
    1,
    Math.max(0, (px - LABEL_ROOM_PX.none) / (LABEL_ROOM_PX.full - LABEL_ROOM_PX.none)),
  );
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
  const rings = ringRadii(radius, model.centre.length, labelDetail(base, view, radius));
  const labelOf = labelledItems(model);
  const named = (id: string): Named => labelOf.get(id) ?? { label: id };
  const labelIn =
    (kind: LabelKind, ring: { inner: number; outer: number }, what: Named) =>
    (start: number, end: number) =>
      withLabels ? fitLabel(kind, { start, end, ...ring }, what) : null;

  const centre = model.centre.map((ring, i): CentreDisc => {
    const r = rings.centre[i] ?? { inner: 0, outer: 0 };
    const path =
      arcPath({ startAngle: 0, endAngle: TAU, innerRadius: r.inner, outerRadius: r.outer }) ?? '';
    const wedge: Wedge = { start: 0, end: TAU, inner: r.inner, outer: r.outer };
    const label = fitLabel(i === 0 ? 'centre' : 'ring', wedge, ring);
    return { id: ring.id, innerRadius: r.inner, outerRadius: r.outer, path, label };
  });

  const groups = base.groups
    .map((b) => segment(b, 'group', view, rings.group, labelIn('group', rings.group, named(b.id))))
    .filter(present);
  const domains = base.domains
    .map((b) =>
      segment(b, 'domain', view, rings.domain, labelIn('domain', rings.domain, named(b.id))),
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
      const count = { label: `${list.length} factors`, shortLabel: String(list.length) };
      const band = segment(d, 'domain', view, rings.factor, labelIn('band', rings.factor, count));
      if (band) collapsed.push(band);
      continue;
    }
    for (const b of list) {
      const label = labelIn('factor', rings.factor, named(b.id));
      const f = segment(b, 'factor', view, rings.factor, label, factorShape);
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
