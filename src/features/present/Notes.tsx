import { useEffect, useRef, useState } from 'react';
import { WithModel } from '../../app/WithModel';
import { useSearchParams } from 'react-router-dom';
import type { ModelIndex } from '../../model/indices';
import { openPresentLink, type PresentLink } from './channel';
import { stepFrom } from './steps';
import { usePlaylist } from './usePlaylist';
import './present.css';

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The speaker view, for a second window: the current and next steps with their notes and the time
 * since the talk began. It follows the presentation window and drives it, and says so when that
 * window is gone.
 */
export default function Notes() {
  return <WithModel>{(index) => <NotesScreen index={index} />}</WithModel>;
}

function NotesScreen({ index }: { index: ModelIndex }) {
  const [params, setParams] = useSearchParams();
  const { steps, title } = usePlaylist(index, params);
  const current = stepFrom(params, steps.length);
  const [mainHere, setMainHere] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const link = useRef<PresentLink | null>(null);

  useEffect(() => {
    const l = openPresentLink(
      'notes',
      (m) => {
        if (m.type !== 'state') return;
        setStartedAt(m.startedAt);
        // Follow the presentation: its sequence and its step.
        const next = new URLSearchParams(m.search);
        next.set('step', String(m.step));
        setParams(next, { replace: true });
      },
      setMainHere,
    );
    link.current = l;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearInterval(tick);
      l.close();
    };
  }, [setParams]);

  const go = (step: number) => {
    const n = Math.min(Math.max(1, step), steps.length);
    link.current?.send({ type: 'go', step: n });
    setParams((p) => {
      const out = new URLSearchParams(p);
      out.set('step', String(n));
      return out;
    });
  };
  // One listener for the window's life; it reads the latest step and mover through a ref.
  const latest = useRef({ go, current });
  useEffect(() => {
    latest.current = { go, current };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { go: move, current: now } = latest.current;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) move(now + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) move(now - 1);
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const step = steps[current - 1];
  const next = steps[current];
  return (
    <main className="notes" id="main">
      <h1 className="visually-hidden">Speaker notes: {title}</h1>
      <div className="notes__bar">
        <p role="status" className={mainHere ? 'notes__link' : 'notes__link notes__link--gone'}>
          {mainHere
            ? 'Connected to the presentation window.'
            : 'The presentation window is not open. Open it from the explorer, or keep this window to read the notes.'}
        </p>
        <p className="notes__time" aria-label="Time since the talk began">
          {startedAt ? clock(now - startedAt) : '0:00'}
        </p>
      </div>
      <section aria-labelledby="notes-now">
        <h2 id="notes-now">
          Now: step {current} of {steps.length}: {step?.title}
        </h2>
        <ul className="notes__points">
          {step?.points.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="notes-next" className="notes__next">
        <h2 id="notes-next">{next ? `Next: ${next.title}` : 'This is the last step.'}</h2>
        {next && (
          <ul>
            {next.points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </section>
      <nav className="notes__controls" aria-label="Move the presentation">
        <button type="button" onClick={() => go(current - 1)} disabled={current <= 1}>
          ← Previous
        </button>
        <button type="button" onClick={() => go(current + 1)} disabled={current >= steps.length}>
          Next →
        </button>
      </nav>
    </main>
  );
}
