import { useEffect, useMemo, useState } from 'react';
import presentationUrl from '../../../data/presentation.json?url';
import type { ModelIndex } from '../../model/indices';
import type { Presentation } from '../../model/types';
import { selectModelOrigin, useStore } from '../../store/store';
import { defaultSteps, guidedSteps, parseSequence, sequenceSteps, type PlayStep } from './steps';

/** The bundled model's guided tour, fetched once when a presentation first needs it. */
let bundled: Promise<Presentation | null> | null = null;
const loadBundledPresentation = () =>
  (bundled ??= fetch(presentationUrl)
    .then((r) => (r.ok ? (r.json() as Promise<Presentation>) : null))
    .catch(() => null));

export interface Playlist {
  title: string;
  steps: PlayStep[];
  /** Things a person should know: ids skipped from a shared sequence, a sequence cut short. */
  notices: string[];
  ready: boolean;
}

/**
 * The steps to play: a person's own sequence when the link has one (`seq`, `title`), else the
 * model's guided tour (the bundled one from data/presentation.json, another model's from its
 * file), else a tour built from the model's own descriptions.
 */
export function usePlaylist(index: ModelIndex, params: URLSearchParams): Playlist {
  const origin = useStore(selectModelOrigin);
  const own = index.model.presentation;
  const seq = params.get('seq');
  const title = params.get('title');
  const [tour, setTour] = useState<Presentation | null | undefined>(undefined);
  const wantsBundled = origin?.kind === 'bundled' && !own && seq === null;
  useEffect(() => {
    if (!wantsBundled) return;
    let live = true;
    void loadBundledPresentation().then((p) => live && setTour(p));
    return () => {
      live = false;
    };
  }, [wantsBundled]);

  return useMemo((): Playlist => {
    if (seq !== null) {
      const { ids, skipped, truncated } = parseSequence(seq, index);
      const notices = [
        ...(skipped.length
          ? [
              `Skipped ${skipped.length === 1 ? 'an id' : `${skipped.length} ids`} this model does not have: ${skipped.join(', ')}.`,
            ]
          : []),
        ...(truncated
          ? ['The sequence was cut short: it had more steps than a link may carry.']
          : []),
        ...(ids.length
          ? []
          : [
              'The sequence in the link has no steps this model has, so the guided tour plays instead.',
            ]),
      ];
      if (ids.length)
        return {
          title: title?.slice(0, 150) || 'Your sequence',
          steps: sequenceSteps(index, ids),
          notices,
          ready: true,
        };
      return { title: index.model.title, steps: defaultSteps(index), notices, ready: true };
    }
    const source = own ?? (wantsBundled && tour && tour.model === index.model.id ? tour : null);
    if (source) {
      const { steps, skipped } = guidedSteps(index, source);
      return {
        title: source.title,
        steps,
        notices: skipped.length
          ? [`Skipped steps for parts this model does not have: ${skipped.join(', ')}.`]
          : [],
        ready: true,
      };
    }
    return {
      title: index.model.title,
      steps: defaultSteps(index),
      notices: [],
      ready: !wantsBundled || tour !== undefined,
    };
  }, [seq, title, index, own, wantsBundled, tour]);
}
