import { groupDigits } from '../model/digits';
import { useStore } from '../store/store';

/**
 * Said when some domains' factors are drawn as one band because they are too many to tell apart:
 * how to see them (zoom in) and where every name can be read (the outline).
 */
export function TooManyToDraw({ factorCount }: { factorCount: number }) {
  const setViewMode = useStore((s) => s.setViewMode);
  return (
    <p className="diagram__lod">
      {groupDigits(factorCount)} factors are too many to draw one by one. Choose a domain to see its
      factors, or{' '}
      <button type="button" className="link-button" onClick={() => setViewMode('outline')}>
        read them all in the outline
      </button>
      .
    </p>
  );
}
