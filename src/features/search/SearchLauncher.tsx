import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { whenIdle } from '../../page/idle';
import { isTyping } from '../../page/keyboard';
import { selectModelIndex, useStore } from '../../store/store';
import { SearchDialog } from './SearchDialog';
import { loadEngine } from './useSearch';

/** The header's search button, and the `/` and Ctrl+K (⌘K) shortcuts that open search anywhere. */
export function SearchLauncher() {
  const index = useStore(selectModelIndex);
  const [open, setOpen] = useState(false);
  // Fetch the search engine once the page is idle, so results are usually ready on first open.
  // The field itself is here already: keys typed at once after the shortcut all land in it.
  useEffect(() => {
    whenIdle(() => void loadEngine(), 1500);
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
        <svg
          className="search-launcher__icon"
          viewBox="0 0 16 16"
          width="16"
          height="16"
          aria-hidden="true"
        >
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-launcher__text">Search</span> <kbd aria-hidden="true">/</kbd>
      </button>
      {open &&
        index &&
        // Outside the header, so nothing of its styling (white text, white focus ring) leaks in.
        createPortal(<SearchDialog index={index} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
