import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ModelIndex } from '../../model/indices';
import { withSticky } from '../../nav/paths';
import { KIND_LABELS, KIND_ORDER } from './searchKinds';
import { useSearch } from './useSearch';

/**
 * Search across factors, domains, outcomes and resources: a combobox whose options are grouped
 * by kind. Arrow keys move through the results, Enter opens one, Escape closes; the count of
 * results is announced. Focus stays inside while it is open and goes back where it was after.
 * The field is part of the first page and takes keys at once; the engine loads behind it.
 */
export function SearchDialog({ index, onClose }: { index: ModelIndex; onClose: () => void }) {
  const navigate = useNavigate();
  const { search: currentSearch } = useLocation();
  const { run, resourcesLoading } = useSearch(index);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => (run ? run(query) : []), [run, query]);
  const input = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  // Focus before the browser handles the next key, so none typed after the shortcut is lost.
  useLayoutEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    input.current?.focus();
    return () => opener?.focus?.();
  }, []);

  const current = Math.min(active, Math.max(0, results.length - 1));
  const optionId = (i: number) => `search-option-${i}`;
  const choose = (i: number) => {
    const result = results[i];
    if (!result) return;
    onClose();
    navigate(withSticky(result.path, currentSearch));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        setActive(results.length ? (current + 1) % results.length : 0);
        break;
      case 'ArrowUp':
        setActive(results.length ? (current - 1 + results.length) % results.length : 0);
        break;
      case 'Home':
        if (event.target !== input.current) setActive(0);
        else return;
        break;
      case 'Enter':
        if (event.target !== input.current) return;
        choose(current);
        break;
      case 'Escape':
        onClose();
        break;
      case 'Tab': {
        // Keep focus in the dialog: the field and the close button.
        const next = document.activeElement === input.current ? closeButton.current : input.current;
        next?.focus();
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  // Results come sorted by kind, so each option's index in `results` is its place on screen.
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    items: results.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === kind),
  })).filter((g) => g.items.length > 0);
  return (
    <div className="search-backdrop" onClick={onClose}>
      <div
        className="search"
        role="dialog"
        aria-modal="true"
        aria-labelledby="search-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <div className="search__bar">
          <h2 id="search-title" className="search__title">
            Search
          </h2>
          <button
            type="button"
            ref={closeButton}
            className="panel__close"
            onClick={onClose}
            aria-label="Close search"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <label htmlFor="search-input" className="search__label">
          Factors, domains, outcomes and resources
        </label>
        <input
          id="search-input"
          ref={input}
          className="search__input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls="search-results"
          aria-activedescendant={results.length ? optionId(current) : undefined}
          value={query}
          placeholder="Try “EHR”, “sleep” or “nurse staffing”"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <p className="visually-hidden" role="status" aria-live="polite">
          {query.trim() && run
            ? results.length
              ? `${results.length} result${results.length === 1 ? '' : 's'}`
              : 'No results'
            : ''}
        </p>
        {!run && <p className="muted">Getting search ready…</p>}
        {run && resourcesLoading && <p className="muted">Loading resources to search…</p>}
        <div id="search-results" role="listbox" aria-label="Results" className="search__results">
          {groups.map(({ kind, items }) => {
            return (
              <ul key={kind} role="group" aria-labelledby={`search-group-${kind}`}>
                <li role="presentation" id={`search-group-${kind}`} className="search__group">
                  {KIND_LABELS[kind]}
                </li>
                {items.map(({ r, i }) => {
                  return (
                    <li
                      key={`${r.kind}-${r.id}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === current}
                      className="search__option"
                      onClick={() => choose(i)}
                      onMouseMove={() => setActive(i)}
                    >
                      <span className="search__option-label">{r.label}</span>
                      <span className="search__option-context">{r.context}</span>
                    </li>
                  );
                })}
              </ul>
            );
          })}
        </div>
        {run && query.trim() && !results.length && (
          <p className="search__empty">
            Nothing matches “{query.trim()}”. Try fewer or shorter words.
          </p>
        )}
      </div>
    </div>
  );
}
