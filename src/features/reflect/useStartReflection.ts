import { useEffect } from 'react';
import type { ModelIndex } from '../../model/indices';
import { startReflection, useReflection } from './session';

/** Opens this device's reflection the first time a reflection screen needs it. */
export function useStartReflection(index: ModelIndex) {
  const state = useReflection();
  useEffect(() => {
    void startReflection(index.model.id);
  }, [index]);
  // Keeping nothing: say so before the page is left, since leaving loses the answers.
  const unsaved = state.mode === 'none' && Object.keys(state.data.entries).length > 0;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return state;
}
