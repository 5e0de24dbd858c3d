import { lazy, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { isTyping } from '../../app/keyboard';
import { selectModelIndex, useStore } from '../../store/store';

const loadDialog = () => import('./SearchDialog');
const SearchDialog = lazy(loadDialog);

/** The header's search button, and the `/` and Ctrl+K (⌘K) shortcuts that open search anywhere. */
export function SearchLauncher() {
  const index = useStore(selectModelIndex);
  const [open, setOpen] = useState(false);
  // Fetch the dialog once the page is idle, so it opens at once and no keystroke is lost.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
    idle(() => void loadDialog());
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const shortcut =
        (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) ||
        (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey));
      if (!shortcut) return;
      e.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="search-launcher"
        onClick={() => setOpen(true)}
        aria-keyshortcuts="/ Control+K"
        disabled={!index}
      >
        Search <kbd aria-hidden="true">/</kbd>
      </button>
      {open &&
        index &&
        // Outside the header, so nothing of its styling (white text, white focus ring) leaks in.
        createPortal(
          <Suspense fallback={null}>
            <SearchDialog index={index} onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
