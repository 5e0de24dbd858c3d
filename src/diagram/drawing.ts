import type { Label, RadialLayout } from '../layout/radial';
import { domainsInGroupOrder } from '../model/indices';
import type { Model } from '../model/types';
import { domainColours, type DomainColours } from '../theme/palette';

// How the diagram is drawn, without React: shared by the app's Diagram and the sketch of a
// linked model drawn before the app loads (src/start/sketch.ts), so the two draw the same.

/** The outer radius for a drawing of this size (its centre at 0,0). */
export const diagramRadius = (size: { width: number; height: number }) =>
  Math.max(60, Math.min(size.width, size.height) / 2 - 4);

/** The viewBox that puts the centre of a drawing of this size at 0,0. */
export const diagramViewBox = ({ width, height }: { width: number; height: number }) =>
  `${-width / 2} ${-height / 2} ${width} ${height}`;

/** Each domain's colours, in the order the diagram gives them; `of` falls back to the first. */
export function domainColourMap(model: Model) {
  const colours = new Map<string, DomainColours>();
  domainsInGroupOrder(model).forEach((d, i) => colours.set(d.id, domainColours(i)));
  return { colours, of: (id: string) => colours.get(id) ?? domainColours(0) };
}

/** One label of the labels layer. */
export interface LabelItem {
  id: string;
  kind: string;
  label: Label;
  dimmed?: boolean | undefined;
}

/**
 * The labels layer's items, innermost first: only what has a label (in mid-zoom the rings have
 * none), a domain or factor marked when a filter fades it.
 */
export function labelItems(layout: RadialLayout, dimmed?: ReadonlySet<string>): LabelItem[] {
  const items: LabelItem[] = [];
  const add = (id: string, kind: string, label: Label | null, faded?: boolean) => {
    if (label) items.push({ id, kind, label, dimmed: faded });
  };
  for (const c of layout.centre) add(c.id, 'centre', c.label);
  for (const g of layout.groups) add(g.id, g.kind, g.label);
  for (const s of [...layout.domains, ...layout.factors])
    add(s.id, s.kind, s.label, dimmed?.has(s.id));
  for (const c of layout.collapsed) add(`${c.id}--band`, 'band', c.label);
  return items;
}

/** Offsets that centre a block of lines on its anchor point. */
export const lineOffsets = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `${(i === 0 ? -(count - 1) * 0.575 : 1.15).toFixed(3)}em`,
  );
