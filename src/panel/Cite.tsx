import { createContext, createElement, useContext, type ComponentType } from 'react';
import type { Resource } from '../model/types';

export interface CiteProps {
  title: string;
  resources: readonly Resource[];
  label?: string;
}

/**
 * The "Cite" button the panels show, handed down by the app (src/App.tsx): the citation feature's
 * own (src/features/cite). The panels sit below the features, so they take it as a slot rather
 * than import it; with none given, they show no button.
 */
export const CiteSlot = createContext<ComponentType<CiteProps> | null>(null);

/** The citation feature's Cite button, where the app has given one. */
export function Cite(props: CiteProps) {
  const button = useContext(CiteSlot);
  return button ? createElement(button, props) : null;
}
