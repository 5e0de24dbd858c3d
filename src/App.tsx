import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes, useLocation, useSearchParams } from 'react-router-dom';
import { AfterMount } from './app/AfterMount';
import { useModelSource } from './app/data';
import { Explorer } from './routes/Explorer';
import { CiteButton } from './features/cite/CiteButton';
import { SearchLauncher } from './features/search/SearchLauncher';
import { ShareButton } from './features/share/ShareButton';
import { CiteSlot } from './panel/Cite';
import { Header } from './shell/Header';
import { Notices } from './shell/Notices';
import { ProvenanceBanner } from './shell/ProvenanceBanner';
import { useStore } from './store/store';

/**
 * A screen the build also draws into a page of its own (scripts/pages.ts): lazy like the others,
 * but on that page its code is loaded before React adopts it (`preloadScreen`), and the screen is
 * then drawn outside a Suspense boundary, so React adopts it in the same pass as the rest: the app
 * is ready only once the screen answers, keys and clicks included. (React adopts a boundary's
 * content in a later pass, after the page has said it is ready.)
 */
function screen(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | null = null;
  const keep = (m: { default: ComponentType }) => ((loaded = m.default), m);
  const Lazy = lazy(() => load().then(keep));
  const Screen = () => {
    const Loaded = loaded ?? Lazy;
    return <Loaded />;
  };
  return [Screen, () => load().then(keep)] as const;
}

// Every capability beyond exploring is its own chunk, loaded when its route is first opened.
const About = lazy(() => import('./features/about/About'));
const ActOnIt = lazy(() => import('./features/act/ActOnIt'));
const [Present, preloadPresent] = screen(() => import('./features/present/Present'));
const Notes = lazy(() => import('./features/present/Notes'));
const SequenceBuilder = lazy(() => import('./features/present/SequenceBuilder'));
const Handout = lazy(() => import('./features/share/Handout'));
const [Reflect, preloadReflect] = screen(() => import('./features/reflect/Reflect'));
const [EvidenceMap, preloadEvidenceMap] = screen(() => import('./features/evidence/EvidenceMap'));
const Compare = lazy(() => import('./features/compare/Compare'));
const Join = lazy(() => import('./features/room/Join'));
const ReflectSummary = lazy(() => import('./features/reflect/Summary'));
const EmbedFooter = lazy(() => import('./features/share/EmbedFooter'));
const [OfflineStatus, preloadOfflineStatus] = screen(
  () => import('./features/offline/OfflineStatus'),
);
const DropZone = lazy(() => import('./features/import/DropZone'));
const ConsentScreen = lazy(() =>
  import('./shell/ConsentScreen').then((m) => ({ default: m.ConsentScreen })),
);

/** The address whose screen was loaded before the app drew it: drawn without a boundary. */
let preloaded: string | null = null;

/**
 * Loads the code of the screen at `pathname`, if it is one the build draws into a page of its own
 * (src/start/run.tsx before adopting that page, src/prerender.tsx before drawing it).
 */
export async function preloadScreen(pathname: string): Promise<void> {
  const screens: Record<string, (() => Promise<unknown>)[]> = {
    '/evidence': [preloadEvidenceMap],
    // The presentation is drawn with the offline status beside it.
    '/present': [preloadPresent, preloadOfflineStatus],
    '/reflect': [preloadReflect],
  };
  const loads = screens[pathname];
  if (!loads) return;
  await Promise.all(loads.map((load) => load()));
  preloaded = pathname;
}

const loading = <p className="page-message">Loading…</p>;
const page = (element: ReactNode, path?: string) =>
  path && path === preloaded ? element : <Suspense fallback={loading}>{element}</Suspense>;

/** Everything inside the router: exported so tests can mount it in a memory router. */
export function Shell() {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  useModelSource(params.get('model'));
  const consent = useStore((s) => s.consent);
  const embedded = params.get('embed') === '1';

  // A presentation and its speaker view fill the screen: no app header, their own controls.
  if (!consent && (pathname === '/present' || pathname === '/present/notes'))
    return (
      <>
        <ProvenanceBanner />
        {page(
          <>
            <Routes>
              <Route path="/present" element={<Present />} />
              <Route path="/present/notes" element={<Notes />} />
            </Routes>
            <OfflineStatus />
          </>,
          pathname === '/present' ? pathname : undefined,
        )}
      </>
    );
  return (
    // The panels show the citation feature's Cite button through a slot (src/panel/Cite.tsx).
    <CiteSlot.Provider value={CiteButton}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {!embedded && <Header search={<SearchLauncher />} share={<ShareButton />} />}
      <ProvenanceBanner />
      <main id="main" tabIndex={-1}>
        <Notices />
        {consent ? (
          page(<ConsentScreen request={consent} />)
        ) : (
          // Only the lazy pages wait in a Suspense boundary: the explorer is drawn into the page
          // at build time, and outside a boundary React adopts it in the first pass.
          <Routes>
            <Route path="/about" element={page(<About />)} />
            <Route path="/act" element={page(<ActOnIt />)} />
            <Route path="/present/build" element={page(<SequenceBuilder />)} />
            <Route path="/handout" element={page(<Handout />)} />
            <Route path="/reflect" element={page(<Reflect />, '/reflect')} />
            <Route path="/evidence" element={page(<EvidenceMap />, '/evidence')} />
            <Route path="/compare" element={page(<Compare />)} />
            <Route path="/join/:code?" element={page(<Join />)} />
            <Route path="/reflect/summary" element={page(<ReflectSummary />)} />
            <Route path="*" element={<Explorer />} />
          </Routes>
        )}
      </main>
      <AfterMount>
        <Suspense fallback={null}>
          {embedded && <EmbedFooter />}
          <OfflineStatus />
          {!embedded && <DropZone />}
        </Suspense>
      </AfterMount>
    </CiteSlot.Provider>
  );
}

/** Wires the router and the shell; nothing more. */
export function App() {
  return (
    // Navigation renders at once, so quick key presses never read a stale address. A click on the
    // diagram is the exception: it paints its outline first and opens its page in a transition
    // (src/diagram/Diagram.tsx).
    <BrowserRouter useTransitions={false}>
      <Shell />
    </BrowserRouter>
  );
}
