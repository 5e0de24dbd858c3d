import { originText, shorten } from '../model/origin';
import { selectModelIndex, selectModelOrigin, useStore } from '../store/store';

/**
 * The line that says whose model is on show: NAM attribution only for the bundled NAM model;
 * any other model is named with where it came from, as its author's.
 */
export function ModelAttribution({ className }: { className?: string }) {
  const origin = useStore(selectModelOrigin);
  const title = useStore((s) => selectModelIndex(s)?.model.title);
  if (!origin || origin.kind === 'bundled')
    return (
      <p className={className}>
        Based on the National Academy of Medicine&rsquo;s conceptual model of clinician well-being
        and resilience. Not an NAM product. For understanding, not diagnosis.
      </p>
    );
  return (
    <p className={className}>
      “{shorten(title ?? '')}” is a model opened from {originText(origin)}, not the NAM model; its
      text is its author&rsquo;s. For understanding, not diagnosis.
    </p>
  );
}
