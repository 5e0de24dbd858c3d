import { OWN_MODEL_WORDS } from '../model/origin';
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
  return <p className={className}>{OWN_MODEL_WORDS.attribution(title ?? '', origin)}</p>;
}
