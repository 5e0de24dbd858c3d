import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { ModelIndex } from '../model/indices';
import { paths, withSticky } from '../nav/paths';
import { ancestorsOf, visibleRows, type TreeRow } from './treeItems';

/**
 * The model as a text tree (WAI-ARIA tree pattern): the same selection as the diagram, because
 * both read it from the URL. Arrow keys move and open branches; Enter opens a domain or factor.
 */
export function Outline({
  index,
  selectedId,
  dimmedIds,
  annotate,
}: {
  index: ModelIndex;
  selectedId: string | null;
  /** Items a filter leaves without matching resources. */
  dimmedIds?: ReadonlySet<string> | undefined;
  /** Extra words a feature adds after an item's name (read as part of it). */
  annotate?: ((id: string) => ReactNode) | undefined;
}) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const [expanded, setExpanded] = useState<Set<string>>(
    () =>
      new Set([...index.model.groups.map((g) => g.id), ...ancestorsOf(index, selectedId ?? '')]),
  );
  const [activeId, setActiveId] = useState<string | null>(selectedId);

  // Keep the selection in view: when the URL selects something new, open its branches. Done
  // while rendering (React's pattern for state that follows a prop), not in an effect.
  const [seenSelection, setSeenSelection] = useState(selectedId);
  if (selectedId !== seenSelection) {
    setSeenSelection(selectedId);
    if (selectedId) {
      const needed = ancestorsOf(index, selectedId).filter((id) => !expanded.has(id));
      if (needed.length) setExpanded(new Set([...expanded, ...needed]));
      setActiveId(selectedId);
    }
  }

  const rows = useMemo(() => visibleRows(index, expanded), [index, expanded]);
  const tabStop = rows.find((r) => r.id === activeId)?.id ?? rows[0]?.id;

  const focusRow = (id: string) => {
    setActiveId(id);
    const row = () =>
      [...document.querySelectorAll<HTMLElement>('[data-tree-id]')].find(
        (el) => el.dataset.treeId === id,
      );
    const now = row();
    if (now) now.focus();
    else requestAnimationFrame(() => row()?.focus());
  };
  const toggle = (id: string, open: boolean) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const activate = (row: TreeRow) => {
    if (row.kind === 'group') return toggle(row.id, !expanded.has(row.id));
    const to = row.kind === 'domain' ? paths.domain(row.id) : paths.factor(row.id);
    setActiveId(row.id);
    navigate(withSticky(to, search));
  };

  const onKeyDown = (event: KeyboardEvent, row: TreeRow) => {
    const i = rows.indexOf(row);
    const open = expanded.has(row.id);
    const go = (target: TreeRow | undefined) => target && focusRow(target.id);
    switch (event.key) {
      case 'ArrowDown':
        go(rows[i + 1]);
        break;
      case 'ArrowUp':
        go(rows[i - 1]);
        break;
      case 'Home':
        go(rows[0]);
        break;
      case 'End':
        go(rows.at(-1));
        break;
      case 'ArrowRight':
        if (row.hasChildren && !open) toggle(row.id, true);
        else if (row.hasChildren) go(rows[i + 1]);
        break;
      case 'ArrowLeft':
        if (row.hasChildren && open) toggle(row.id, false);
        else if (row.parentId) focusRow(row.parentId);
        break;
      case 'Enter':
      case ' ':
        activate(row);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  // Rows are flat in the DOM with aria-level/posinset/setsize, which the tree pattern allows.
  return (
    <div className="outline">
      <h2 className="outline__title" id="outline-title">
        Outline
      </h2>
      <ul role="tree" aria-labelledby="outline-title" className="outline__tree">
        {rows.map((row) => (
          <li
            key={row.id}
            role="treeitem"
            data-tree-id={row.id}
            data-focus-id={row.kind === 'group' ? undefined : row.id}
            aria-level={row.level}
            aria-posinset={row.posInSet}
            aria-setsize={row.setSize}
            aria-expanded={row.hasChildren ? expanded.has(row.id) : undefined}
            aria-selected={row.id === selectedId}
            tabIndex={row.id === tabStop ? 0 : -1}
            className={`outline__row outline__row--${row.kind}${dimmedIds?.has(row.id) ? ' is-dimmed' : ''}`}
            onClick={(e) => {
              e.stopPropagation();
              activate(row);
            }}
            onKeyDown={(e) => onKeyDown(e, row)}
            onFocus={() => setActiveId(row.id)}
          >
            {row.hasChildren && (
              <span className="outline__twisty" aria-hidden="true">
                {expanded.has(row.id) ? '▾' : '▸'}
              </span>
            )}
            {row.label}
            {dimmedIds?.has(row.id) && <span className="outline__note"> — faded by the lens</span>}
            {annotate?.(row.id)}
          </li>
        ))}
      </ul>
    </div>
  );
}
