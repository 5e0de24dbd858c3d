import { lazy, Suspense, type ReactNode } from 'react';
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

// Every capability beyond exploring is its own chunk, loaded when its route is first opened.
const About = lazy(() => import('./features/about/About'));
const Present = lazy(() => import('./features/present/Present'));
const Notes = lazy(() => import('./features/present/Notes'));
const SequenceBuilder = lazy(() => import('./features/present/SequenceBuilder'));
const Handout = lazy(() => import('./features/share/Handout'));
const Reflect = lazy(() => import('./features/reflect/Reflect'));
const EvidenceMap = lazy(() => import('./features/evidence/EvidenceMap'));
const Compare = lazy(() => import('./features/compare/Compare'));
const ReflectSummary = lazy(() => import('./features/reflect/Summary'));
const EmbedFooter = lazy(() => import('./features/share/EmbedFooter'));
const OfflineStatus = lazy(() => import('./features/offline/OfflineStatus'));
const DropZone = lazy(() => import('./features/import/DropZone'));
const ConsentScreen = lazy(() =>
  import('./shell/ConsentScreen').then((m) => ({ default: m.ConsentScreen })),
);

const loading = <p className="page-message">Loading…</p>;
const page = (element: ReactNode) => <Suspense fallback={loading}>{element}</Suspense>;

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
        <Suspense fallback={loading}>
          <Routes>
            <Route path="/present" element={<Present />} />
            <Route path="/present/notes" element={<Notes />} />
          </Routes>
          <OfflineStatus />
        </Suspense>
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
            <Route path="/present/build" element={page(<SequenceBuilder />)} />
            <Route path="/handout" element={page(<Handout />)} />
            <Route path="/reflect" element={page(<Reflect />)} />
            <Route path="/evidence" element={page(<EvidenceMap />)} />
            <Route path="/compare" element={page(<Compare />)} />
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
