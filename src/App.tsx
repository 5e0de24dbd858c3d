import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes, useSearchParams } from 'react-router-dom';
import { useModelSource } from './app/data';
import { Explorer } from './routes/Explorer';
import { useStore } from './store/store';
import { ConsentScreen } from './shell/ConsentScreen';
import { Header } from './shell/Header';
import { Notices } from './shell/Notices';
import { ProvenanceBanner } from './shell/ProvenanceBanner';

const About = lazy(() => import('./features/about/About'));

/** Everything inside the router: exported so tests can mount it in a memory router. */
export function Shell() {
  const [params] = useSearchParams();
  useModelSource(params.get('model'));
  const consent = useStore((s) => s.consent);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <ProvenanceBanner />
      <main id="main" tabIndex={-1}>
        <Notices />
        {consent ? (
          <ConsentScreen request={consent} />
        ) : (
          <Suspense fallback={<p className="page-message">Loading…</p>}>
            <Routes>
              <Route path="/about" element={<About />} />
              <Route path="*" element={<Explorer />} />
            </Routes>
          </Suspense>
        )}
      </main>
    </>
  );
}

/** Wires the router and the shell; nothing more. */
export function App() {
  return (
    // Navigation renders at once, not in a transition: selecting a factor paints its panel in the
    // same interaction, so Event Timing (npm run bench) measures what a person waits for.
    <BrowserRouter useTransitions={false}>
      <Shell />
    </BrowserRouter>
  );
}
