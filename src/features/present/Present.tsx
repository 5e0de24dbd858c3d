import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { WithModel } from '../../app/WithModel';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { Diagram } from '../../diagram/Diagram';
import type { ModelIndex } from '../../model/indices';
import { paths, withSticky } from '../../nav/paths';
import { CrisisLines, CrisisSupport } from '../../shell/CrisisSupport';
import { useMenu } from '../../shell/useMenu';
import { PRESENT_SCALES, useStore } from '../../store/store';
import { readRoomSession } from '../room/session';
import { openPresentLink, type PresentLink } from './channel';
import { SpotlightLayer } from './SpotlightLayer';
import { stepFrom, stepView, type PlayStep } from './steps';
import { usePlaylist } from './usePlaylist';
import { usePresentKeys } from './usePresentKeys';
import './present.css';

const QrDialog = lazy(() => import('../share/QrDialog'));
// A live room (src/features/room): its panel and its layer load only when a room is started.
const RoomPanel = lazy(() => import('../room/RoomPanel'));
const RoomLayer = lazy(() => import('../room/RoomLayer'));
const noSubscription = () => () => {};

/** Where Escape goes: the explorer, at the step's part of the model. */
function explorerPathFor(step: PlayStep | undefined) {
  if (step?.kind === 'domain' && step.targetId) return paths.domain(step.targetId);
  if (step?.kind === 'factor' && step.targetId) return paths.factor(step.targetId);
  return paths.model();
}

/**
 * A control's words, shortened on a projector-sized bar (present.css) so the bar keeps its rows.
 * The control's name (its aria-label) is the full words, which contain the short ones.
 */
function Shorter({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="present__long" aria-hidden="true">
        {long}
      </span>
      <span className="present__short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

/** The presentation: the diagram, a caption with the step's talking points, and the controls. */
export default function Present() {
  return <WithModel>{(index) => <PresentScreen index={index} />}</WithModel>;
}

function PresentScreen({ index }: { index: ModelIndex }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const playlist = usePlaylist(index, params);
  const { steps } = playlist;
  const total = steps.length;
  const current = stepFrom(params, total);
  const step = steps[current - 1];
  const view = useMemo(() => stepView(index, step), [index, step]);
  const scale = useStore((s) => s.presentScale);
  const contrast = useStore((s) => s.presentContrast);
  const { setPresentScale, setPresentContrast } = useStore.getState();
  const [blank, setBlank] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [notesHere, setNotesHere] = useState(false);
  const [startedAt] = useState(() => Date.now());
  // The live room's panel: opened by the presenter, asked for by the Share dialog, or found again
  // after a reload (this tab runs a room). Read after mount: the build draws this screen with none.
  const [roomChoice, setRoomChoice] = useState<boolean | null>(null);
  const { state: navState } = useLocation();
  const resumable = useSyncExternalStore(
    noSubscription,
    () => readRoomSession() !== null,
    () => false,
  );
  const roomOpen =
    roomChoice ?? ((navState as { liveRoom?: unknown } | null)?.liveRoom === 'start' || resumable);

  const goTo = useCallback(
    (n: number) => {
      const next = Math.min(Math.max(1, n), total);
      setParams(
        (p) => {
          const out = new URLSearchParams(p);
          out.set('step', String(next));
          return out;
        },
        { preventScrollReset: true },
      );
    },
    [setParams, total],
  );

  // The speaker view: tell it where we are; let it move us.
  const link = useRef<PresentLink | null>(null);
  const goToRef = useRef(goTo);
  useEffect(() => {
    goToRef.current = goTo;
  }, [goTo]);
  const searchWithoutStep = useMemo(() => {
    const p = new URLSearchParams(params);
    p.delete('step');
    return p.toString();
  }, [params]);
  useEffect(() => {
    const l = openPresentLink(
      'main',
      (m) => {
        if (m.type === 'go') goToRef.current(m.step);
      },
      setNotesHere,
    );
    link.current = l;
    return () => l.close();
  }, []);
  useEffect(() => {
    link.current?.send({
      type: 'state',
      step: current,
      search: searchWithoutStep,
      startedAt,
    });
  }, [current, searchWithoutStep, notesHere, startedAt]);

  const typed = usePresentKeys(
    {
      next: () => goTo(current + 1),
      previous: () => goTo(current - 1),
      first: () => goTo(1),
      last: () => goTo(total),
      jump: goTo,
      toggleBlank: () => setBlank((b) => !b),
      leave: () =>
        blank ? setBlank(false) : navigate(withSticky(explorerPathFor(step), params.toString())),
    },
    !sharing,
  );

  const openNotes = () =>
    window.open(
      `/present/notes?${new URLSearchParams(params).toString()}`,
      'cwb-speaker-notes',
      'popup,width=960,height=720',
    );
  const scaleIndex = PRESENT_SCALES.findIndex((s) => s === scale);
  // On a phone the bar is one row: what does not fit it is under More.
  const more = useMenu<HTMLButtonElement, HTMLDivElement>(current);

  return (
    <div
      className={`present present--${contrast}`}
      // The caption's type scales with the presenter's choice (present.css). Not a style
      // attribute: the page's policy blocks those in the build's drawing of this screen.
      data-scale={scale}
    >
      <header className="present__bar">
        <p className="present__title">{playlist.title}</p>
        <p className="present__count" aria-live="off">
          <span className="present__word">Step </span>
          <span className="present__current">{current}</span>
          <span className="present__word"> of </span>
          {total}
          {typed && <span className="present__typed"> · go to {typed}…</span>}
        </p>
        <div
          className="present__progress"
          role="progressbar"
          aria-label="Progress through the presentation"
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={current}
          aria-valuetext={`Step ${current} of ${total}`}
        >
          <svg viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect width={(current / Math.max(1, total)) * 100} height={1} />
          </svg>
        </div>
        <nav className="present__controls" aria-label="Presentation controls">
          <button type="button" onClick={() => goTo(current - 1)} disabled={current <= 1}>
            ← <span className="present__word">Previous</span>
          </button>
          <button type="button" onClick={() => goTo(current + 1)} disabled={current >= total}>
            <span className="present__word">Next</span> →
          </button>
          <button
            type="button"
            className="present__more-button"
            aria-controls="present-more"
            {...more.buttonProps}
          >
            More
          </button>
          <div
            id="present-more"
            className={more.open ? 'present__more is-open' : 'present__more'}
            {...more.menuProps}
          >
            <span className="present__group" role="group" aria-label="Text size">
              <button
                type="button"
                aria-label="A− (smaller text)"
                disabled={scaleIndex <= 0}
                onClick={() => setPresentScale(PRESENT_SCALES[scaleIndex - 1] ?? scale)}
              >
                A−
              </button>
              <button
                type="button"
                aria-label="A+ (larger text)"
                disabled={scaleIndex >= PRESENT_SCALES.length - 1}
                onClick={() => setPresentScale(PRESENT_SCALES[scaleIndex + 1] ?? scale)}
              >
                A+
              </button>
            </span>
            <button
              type="button"
              aria-pressed={contrast === 'high'}
              onClick={() => setPresentContrast(contrast === 'high' ? 'normal' : 'high')}
            >
              High contrast
            </button>
            <button type="button" onClick={() => setBlank(true)} aria-keyshortcuts="B">
              Blank
            </button>
            <button
              type="button"
              onClick={() => void document.documentElement.requestFullscreen?.()}
            >
              Full screen
            </button>
            <button
              type="button"
              onClick={openNotes}
              aria-label={`Speaker notes${notesHere ? ' (open)' : ''}`}
            >
              <Shorter long="Speaker notes" short="Notes" />
              {notesHere ? ' (open)' : ''}
            </button>
            <button type="button" onClick={() => setSharing(true)}>
              Share (QR)
            </button>
            <button type="button" onClick={() => setRoomChoice(true)}>
              Live room
            </button>
            <Link
              to={withSticky('/present/build', params.toString())}
              aria-label="Your own sequence"
            >
              <Shorter long="Your own sequence" short="Sequence" />
            </Link>
            <Link to={withSticky(explorerPathFor(step), params.toString())}>Exit</Link>
          </div>
        </nav>
        <CrisisSupport />
      </header>
      {playlist.notices.length > 0 && (
        <div className="present__notices" role="status">
          {playlist.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      <main className="present__stage" id="main">
        {/* The diagram shows the step; it is not operated during a talk (the caption says it all). */}
        <div className="present__diagram" inert>
          <Diagram
            index={index}
            selectedId={null}
            zoomedDomainId={view.zoomedDomainId}
            dimmedIds={view.dimmed}
          >
            <SpotlightLayer lit={view.lit} />
            {roomOpen && (
              <Suspense fallback={null}>
                <RoomLayer />
              </Suspense>
            )}
          </Diagram>
        </div>
        <section
          className="present__caption"
          // Focusable, so a long caption at a large text size can be scrolled from the keyboard.
          tabIndex={0}
          aria-live="polite"
          aria-atomic="true"
          aria-labelledby="present-step-title"
        >
          {step && (
            <>
              <p className="present__kicker">
                Step {current} of {total}
              </p>
              <h1 id="present-step-title">{step.title}</h1>
              {step.points.length > 0 && (
                <ul>
                  {step.points.map((point, i) => (
                    <li key={i}>{point}</li>
                  ))}
                </ul>
              )}
              {step.kind === 'help' && (
                <div className="present__help">
                  <CrisisLines />
                </div>
              )}
            </>
          )}
        </section>
        {roomOpen && (
          <Suspense fallback={null}>
            <RoomPanel index={index} step={step} onClose={() => setRoomChoice(false)} />
          </Suspense>
        )}
      </main>
      {blank && (
        <div className="present__blank" role="status" aria-label="Screen blanked">
          <span className="visually-hidden">The screen is blank. Press B to show it again.</span>
        </div>
      )}
      {sharing && (
        <Suspense fallback={null}>
          {/* The room gets the explorer at this step's place, not the presenter's controls. */}
          <QrDialog
            url={location.origin + withSticky(explorerPathFor(step), params.toString())}
            onClose={() => setSharing(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
