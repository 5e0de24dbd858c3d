import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { whenIdle } from '../page/idle';
import { isTyping } from '../page/keyboard';
import { useLens } from '../app/lens';
import { pageLoad } from '../page/pageLoad';
import { Diagram, focusElement } from '../diagram/Diagram';
import type { ModelIndex } from '../model/indices';
import { DomainPanel } from '../panel/DomainPanel';
import { OverviewPanel } from '../panel/OverviewPanel';
import { Breadcrumb } from '../shell/Breadcrumb';
import { LensBanner } from '../shell/LensBanner';
import { selectModelIndex, useStore } from '../store/store';
import { paths, withSticky } from '../nav/paths';
import { resolveSelection, zoomedDomainId, type Selection } from '../nav/selection';

const OutcomePanel = lazy(() => import('../panel/OutcomePanel'));
// Loaded on demand, and fetched once the page is idle so the first click rarely waits: the
// outline view, a factor's panel (with its resources) and the panel for an unknown address.
const loadOutline = () => import('../outline/Outline').then((m) => ({ default: m.Outline }));
const loadFactorPanel = () =>
  import('../panel/FactorPanel').then((m) => ({ default: m.FactorPanel }));
const Outline = lazy(loadOutline);
const FactorPanel = lazy(loadFactorPanel);
const NotFoundPanel = lazy(() =>
  import('../panel/NotFoundPanel').then((m) => ({ default: m.NotFoundPanel })),
);
// The person's reflection, drawn only when they ask for it (and loaded only then).
const ReflectionLayer = lazy(() => import('../features/reflect/ReflectionLayer'));
const ReflectionNote = lazy(() => import('../features/reflect/ReflectionNote'));
const reflectionNote = (id: string) => (
  <Suspense fallback={null}>
    <ReflectionNote id={id} />
  </Suspense>
);
const ResourcePanel = lazy(() => import('../panel/ResourcePanel'));

/** Where Escape goes from a selection: one level out, and which element gets focus back. */
function upFrom(selection: Selection): { to: string; focus: string | null } | null {
  switch (selection.kind) {
    case 'factor':
      return { to: paths.domain(selection.domain.id), focus: selection.factor.id };
    case 'domain':
      return { to: paths.model(), focus: selection.domain.id };
    case 'outcome':
    case 'resource':
    case 'not-found':
      return { to: paths.model(), focus: null };
    default:
      return null;
  }
}

/** The main screen: breadcrumb, the diagram or outline, and the panel, all driven by the URL. */
export function Explorer() {
  const index = useStore(selectModelIndex);
  const status = useStore((s) => s.model);
  if (!index) {
    if (status.status === 'error')
      return (
        <div role="alert" className="notice notice--error page-message">
          <p>
            <strong>The model could not be loaded.</strong> {status.error.summary}
          </p>
          <button type="button" onClick={() => location.reload()}>
            Try again
          </button>
        </div>
      );
    return (
      <p className="page-message" aria-live="polite">
        Loading the model…
      </p>
    );
  }
  return <ExplorerView index={index} />;
}

function ExplorerView({ index }: { index: ModelIndex }) {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const viewMode = useStore((s) => s.viewMode);
  const overlay = useStore((s) => s.reflectionOverlay);
  const lens = useLens(index);
  const matching = lens.dimmed ? index.factors.filter((f) => !lens.dimmed?.has(f.id)).length : null;
  const selection = useMemo(() => resolveSelection(index, pathname), [index, pathname]);
  const selectedId =
    selection.kind === 'factor'
      ? selection.factor.id
      : selection.kind === 'domain'
        ? selection.domain.id
        : null;

  // Fetch what the first clicks will want once the page is idle.
  useEffect(() => {
    whenIdle(() => void Promise.all([loadFactorPanel(), loadOutline()]), 1000);
  }, []);

  // A panel takes focus only once the person has moved on from the address they arrived at: one
  // that comes with that page, even a moment late (loaded on demand), leaves focus where the
  // browser put it. A layout effect, so it is set before any panel's effect reads it.
  const arrivedAt = useRef(pathname);
  useLayoutEffect(() => {
    if (pathname !== arrivedAt.current) pageLoad.settled = true;
  }, [pathname]);
  useEffect(
    () => () => {
      pageLoad.settled = false;
    },
    [],
  );

  // Escape goes one level out. The listener reads the selection through a ref that it also moves
  // itself, so two quick presses go two levels even before React has re-rendered.
  const latest = useRef(selection);
  useLayoutEffect(() => {
    latest.current = selection;
  }, [selection]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTyping(event.target)) return;
      const up = upFrom(latest.current);
      if (!up) return;
      latest.current = resolveSelection(index, up.to);
      navigate(withSticky(up.to, search));
      if (up.focus) focusElement(up.focus);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, navigate, search]);

  return (
    <>
      <h1 className="visually-hidden">{index.model.title}</h1>
      <div className={`workspace workspace--${selection.kind}`}>
        <section className="view" aria-label={viewMode === 'diagram' ? 'Diagram' : 'Outline'}>
          {/* Where you are, and what is changing the drawing: above it, never over it. */}
          <div className="view__top">
            <Breadcrumb index={index} selection={selection} />
            <LensBanner
              filters={lens.filters}
              area={lens.area}
              unknownArea={lens.unknownArea}
              matching={matching}
              factorCount={index.factors.length}
            />
            {overlay && (
              <p className="reflection-chip" role="status">
                Showing your reflection (▼ drains, ▲ sustains), on this screen only.{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => useStore.getState().setReflectionOverlay(false)}
                >
                  Hide it
                </button>
              </p>
            )}
          </div>
          <div className="view__drawing">
            {viewMode === 'diagram' ? (
              <Diagram
                index={index}
                selectedId={selectedId}
                zoomedDomainId={zoomedDomainId(selection)}
                dimmedIds={lens.dimmed}
              >
                {overlay && (
                  <Suspense fallback={null}>
                    <ReflectionLayer index={index} />
                  </Suspense>
                )}
              </Diagram>
            ) : (
              <Suspense fallback={<p className="page-message">Loading the outline…</p>}>
                <Outline
                  index={index}
                  selectedId={selectedId}
                  dimmedIds={lens.dimmed}
                  annotate={overlay ? reflectionNote : undefined}
                />
              </Suspense>
            )}
          </div>
        </section>
        <PanelFor index={index} selection={selection} />
      </div>
    </>
  );
}

/** A panel loaded on demand, with a placeholder while it loads. */
const lazyPanel = (panel: ReactNode) => (
  <Suspense fallback={<p className="panel">Loading…</p>}>{panel}</Suspense>
);

/** The panel for the selection; the eager ones are outside any Suspense boundary, so the first
 * screen's panel is adopted with the rest of the page. */
function PanelFor({ index, selection }: { index: ModelIndex; selection: Selection }) {
  switch (selection.kind) {
    case 'model':
      return <OverviewPanel index={index} />;
    case 'domain':
      return <DomainPanel index={index} domain={selection.domain} />;
    case 'factor':
      return lazyPanel(
        <FactorPanel index={index} factor={selection.factor} domain={selection.domain} />,
      );
    case 'outcome':
      return lazyPanel(<OutcomePanel index={index} outcome={selection.outcome} />);
    case 'resource':
      return lazyPanel(<ResourcePanel index={index} resourceId={selection.resourceId} />);
    case 'not-found':
      return lazyPanel(<NotFoundPanel index={index} selection={selection} />);
  }
}
