import { createContext, useContext } from 'react';
import type { RadialLayout, Segment } from '../layout/radial';

/**
 * The diagram's layout, shared with the layers a feature draws over it (a presentation's
 * spotlight, a reflection overlay…): each layer computes its shapes from this, so the diagram
 * itself never needs to know about the feature.
 */
export interface DiagramLayers {
  layout: RadialLayout;
  /** Every drawn domain and factor segment, by id. */
  segments: ReadonlyMap<string, Segment>;
  /** The drawing's size; its centre is at 0,0. */
  size: { width: number; height: number };
}

export const DiagramLayoutContext = createContext<DiagramLayers | null>(null);

/** The layout of the diagram this layer is drawn in (null outside a diagram). */
export const useDiagramLayout = () => useContext(DiagramLayoutContext);
