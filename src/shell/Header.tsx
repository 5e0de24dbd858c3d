import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { paths, withSticky } from '../nav/paths';
import { useStore, type ViewMode } from '../store/store';
import { CrisisSupport } from './CrisisSupport';
import { useMenu } from './useMenu';

const VIEWS: { id: ViewMode; label: string }[] = [
  { id: 'diagram', label: 'Diagram' },
  { id: 'outline', label: 'Outline' },
];

/**
 * The app's header. On a phone it is one row (the menu, the title, search and crisis support);
 * the view switch, Share and the site's pages are in the menu, which opens below it. Wider, the
 * menu's contents sit in the row itself and the menu button is not shown. Search and Share are
 * features (src/features/search, src/features/share): the app hands them in (src/App.tsx).
 */
export function Header({ search: searchButton, share }: { search: ReactNode; share: ReactNode }) {
  const { search, pathname } = useLocation();
  const viewMode = useStore((s) => s.viewMode);
  const setViewMode = useStore((s) => s.setViewMode);
  const menu = useMenu<HTMLButtonElement, HTMLDivElement>(pathname);

  return (
    <header className="app-header">
      <button
        type="button"
        className="header-menu-button"
        aria-controls="header-menu"
        {...menu.buttonProps}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M2 3.5h12M2 8h12M2 12.5h12" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span className="header-menu-button__text">Menu</span>
      </button>
      <Link className="app-title" to={withSticky(paths.model(), search)}>
        <span className="app-title__long">Clinician Well-Being Explorer</span>
        {/* Where the bar is narrow: the full name stays the link's name for a screen reader. */}
        <span className="app-title__short" aria-hidden="true">
          CWB<span className="app-title__rest"> Explorer</span>
        </span>
      </Link>
      {searchButton}
      <div
        id="header-menu"
        className={menu.open ? 'header-menu is-open' : 'header-menu'}
        {...menu.menuProps}
      >
        <div className="view-switch" role="group" aria-label="Show the model as">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              aria-pressed={viewMode === v.id}
              onClick={() => setViewMode(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
        {share}
        <nav aria-label="Site" className="site-nav">
          <Link to={withSticky('/evidence', search)}>Evidence</Link>
          <Link to={withSticky(paths.act(), search)}>Act on it</Link>
          <Link to={withSticky('/present', search)}>Present</Link>
          <Link to={withSticky('/reflect', search)}>Reflect</Link>
          <Link to={withSticky(paths.about(), search)}>About</Link>
        </nav>
      </div>
      <CrisisSupport />
    </header>
  );
}
