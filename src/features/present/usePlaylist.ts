import { useMemo } from 'react';
import bundledTour from '../../../data/presentation.json';
import type { ModelIndex } from '../../model/indices';
import type { Presentation } from '../../model/types';
import { selectModelOrigin, useStore } from '../../store/store';
import { defaultSteps, guidedSteps, parseSequence, sequenceSteps, type PlayStep } from './steps';

/**
 * The bundled model's guided tour (checked when the build starts: vite.config.ts). Two kilobytes
 * compressed, it comes with the presentation's code, so the first step shows its own words at
 * once, in the build's drawing of the screen too, rather than a stand-in that then jumps.
 */
const BUNDLED_TOUR = bundledTour as Presentation;

export interface Playlist {
  title: string;
  steps: PlayStep[];
  /** Things a person should know: ids skipped from a shared sequence, a sequence cut short. */
  notices: string[];
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
  const tour = origin?.kind === 'bundled' && !own && seq === null ? BUNDLED_TOUR : null;

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
        };
      return { title: index.model.title, steps: defaultSteps(index), notices };
    }
    const source = own ?? (tour?.model === index.model.id ? tour : null);
    if (source) {
      const { steps, skipped } = guidedSteps(index, source);
      return {
        title: source.title,
        steps,
        notices: skipped.length
          ? [`Skipped steps for parts this model does not have: ${skipped.join(', ')}.`]
          : [],
      };
    }
    return {
      title: index.model.title,
      steps: defaultSteps(index),
      notices: [],
    };
  }, [seq, title, index, own, tour]);
}
