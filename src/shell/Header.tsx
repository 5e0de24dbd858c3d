import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { paths, withSticky } from '../routes/paths';
import { useStore, type ViewMode } from '../store/store';
import { SearchLauncher } from '../features/search/SearchLauncher';
import { CrisisSupport } from './CrisisSupport';

const ShareDialog = lazy(() => import('../features/share/ShareDialog'));

const VIEWS: { id: ViewMode; label: string }[] = [
  { id: 'diagram', label: 'Diagram' },
  { id: 'outline', label: 'Outline' },
];

export function Header() {
  const { search } = useLocation();
  const viewMode = useStore((s) => s.viewMode);
  const setViewMode = useStore((s) => s.setViewMode);
  const [sharing, setSharing] = useState(false);
  return (
    <header className="app-header">
      <Link className="app-title" to={withSticky(paths.model(), search)}>
        Clinician Well-Being Explorer
      </Link>
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
      <SearchLauncher />
      <button type="button" className="header-button" onClick={() => setSharing(true)}>
        Share
      </button>
      <nav aria-label="Site" className="site-nav">
        <Link to={withSticky('/evidence', search)}>Evidence</Link>
        <Link to={withSticky('/present', search)}>Present</Link>
        <Link to={withSticky('/reflect', search)}>Reflect</Link>
        <Link to={withSticky(paths.about(), search)}>About</Link>
      </nav>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setSharing(false)} />
        </Suspense>
      )}
      <CrisisSupport />
    </header>
  );
}
