import { useEffect, useId, useMemo, useState } from 'react';
import type { ModelIndex } from '../../model/indices';
import type { PlayStep } from '../present/steps';
import { QrCode } from '../share/QrCode';
import { shortLink } from '../share/qr';
import { useAttribution } from '../share/ShareDialog';
import {
  ask,
  change,
  checkServer,
  endRoom,
  hasLiveRoom,
  resetLiveRoom,
  resumeRoom,
  startRoom,
  useLiveRoom,
} from './liveRoom';
import { ROOM_LIMITS, QUESTION_KINDS, type QuestionKind } from './protocol';
import { defaultKind, KIND_LABELS, questionFor } from './questions';
import { RoomCounts } from './RoomCounts';
import { saveResults } from './saveResults';
import { roomStatus } from './status';
import './room.css';

const THRESHOLDS = Array.from(
  { length: ROOM_LIMITS.threshold.max - ROOM_LIMITS.threshold.min + 1 },
  (_, i) => ROOM_LIMITS.threshold.min + i,
);

/** A join code as it is read aloud: two groups of three. */
const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/**
 * The presenter's live room, beside the caption: start one (with its threshold), then the join
 * address, code and QR code big enough for the back of a room, the room's state in a sentence,
 * and the controls: the question's kind, pause, show or hide results, end. The question follows
 * the presentation's step.
 */
export default function RoomPanel({
  index,
  step,
  onClose,
}: {
  index: ModelIndex;
  step: PlayStep | undefined;
  onClose: () => void;
}) {
  const phase = useLiveRoom((s) => s.phase);
  const room = useLiveRoom((s) => s.room);
  const snapshot = useLiveRoom((s) => s.snapshot);
  const connection = useLiveRoom((s) => s.connection);
  const message = useLiveRoom((s) => s.message);
  const unplaced = useLiveRoom((s) => s.unplaced);
  const attribution = useAttribution();
  const [threshold, setThreshold] = useState<number>(ROOM_LIMITS.threshold.default);
  const [kinds, setKinds] = useState<Record<string, QuestionKind>>({});
  const [joinShown, setJoinShown] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const kind = (step && kinds[step.key]) ?? defaultKind(step);
  const question = useMemo(() => questionFor(index, step, kind), [index, step, kind]);
  const ids = useId();

  // When the panel opens: its room found again, or a server looked for. Once a room is live, the
  // step's question is asked whenever the step (or its kind) changes.
  useEffect(() => {
    if (hasLiveRoom()) void resumeRoom();
    else void checkServer();
  }, []);
  useEffect(() => {
    if (phase === 'live') void ask(question);
  }, [phase, question]);

  const joinUrl = room ? `${location.origin}/join/${room.code}` : '';
  const end = () =>
    void endRoom((results) =>
      saveResults(results, room?.threshold ?? threshold, index.model.title, attribution),
    );

  if (phase !== 'live' && phase !== 'ending')
    return (
      <section className="room room--start" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>Live room</h2>
        {phase === 'ended' ? (
          <p role="status">
            {message ??
              'The room has ended. Its results were saved to this computer, and nothing of it is left on the server.'}
          </p>
        ) : phase === 'unavailable' ? (
          <p role="status">
            Live rooms need the room server, and this site has none. “Live rooms” in the README says
            how to run one.
          </p>
        ) : (
          <>
            <p>
              People answer on their phones, with no account and no name. The room’s answers show on
              the diagram, as totals, once enough have answered.
            </p>
            <p>
              <label htmlFor={`${ids}-threshold`}>Show results once this many have answered</label>{' '}
              <select
                id={`${ids}-threshold`}
                value={threshold}
                onChange={(e) => setThreshold(Number(e.target.value))}
              >
                {THRESHOLDS.map((t) => (
                  <option key={t} value={t}>
                    {t}
                    {t === ROOM_LIMITS.threshold.default ? ' (usual)' : ''}
                  </option>
                ))}
              </select>
            </p>
            {message && <p role="alert">{message}</p>}
          </>
        )}
        <p className="room__buttons">
          {phase !== 'unavailable' && phase !== 'ended' && (
            <button
              type="button"
              className="room__primary"
              disabled={phase !== 'idle'}
              onClick={() => void startRoom(threshold)}
            >
              {phase === 'checking'
                ? 'Looking for the room server…'
                : phase === 'starting'
                  ? 'Starting…'
                  : 'Start a live room'}
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              if (phase === 'ended') resetLiveRoom();
              onClose();
            }}
          >
            Close
          </button>
        </p>
      </section>
    );

  const status = roomStatus({ room, snapshot, connection, question, unplaced });
  return (
    <section className="room" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="visually-hidden">
        Live room
      </h2>
      {room && joinShown && (
        <div className="room__join">
          <QrCode link={joinUrl} className="room__qr" />
          <p>
            Join at{' '}
            <strong className="room__address">
              {/* The address may break before "/join", never inside a word. */}
              {shortLink(location.origin)}
              <wbr />
              /join
            </strong>
            <span className="room__code-line">
              code <strong className="room__code">{spaced(room.code)}</strong>
            </span>
          </p>
        </div>
      )}
      {room && !joinShown && (
        <p className="room__strip">
          Join at {shortLink(`${location.origin}/join`)}, code <strong>{spaced(room.code)}</strong>
        </p>
      )}
      <p role="status" className={`room__status room__status--${status.tone}`}>
        {status.text}
      </p>
      {message && <p role="alert">{message}</p>}
      <div className="room__controls">
        {question && (
          <fieldset className="room__kind">
            <legend>Ask the room</legend>
            {QUESTION_KINDS.map((k) => (
              <label key={k}>
                <input
                  type="radio"
                  name={`${ids}-kind`}
                  value={k}
                  checked={kind === k}
                  onChange={() => step && setKinds((all) => ({ ...all, [step.key]: k }))}
                />{' '}
                {KIND_LABELS[k].choice}
              </label>
            ))}
          </fieldset>
        )}
        {room && (
          <p className="room__buttons">
            <button type="button" onClick={() => void change({ open: !room.open })}>
              {room.open ? 'Pause answers' : 'Reopen answers'}
            </button>
            <button
              type="button"
              aria-pressed={room.resultsVisible}
              onClick={() => void change({ resultsVisible: !room.resultsVisible })}
            >
              Show results
            </button>
            <button type="button" aria-pressed={joinShown} onClick={() => setJoinShown((s) => !s)}>
              Show how to join
            </button>
            {!confirming ? (
              <button type="button" onClick={() => setConfirming(true)}>
                End the room…
              </button>
            ) : null}
          </p>
        )}
        {confirming && (
          <div className="room__confirm" role="group" aria-label="End the room">
            <p>
              Ending saves the results as a CSV file and an SVG image of the diagram, then deletes
              the room and every answer from the server.
            </p>
            <p className="room__buttons">
              <button
                type="button"
                className="room__primary"
                disabled={phase === 'ending'}
                onClick={end}
              >
                {phase === 'ending' ? 'Saving and deleting…' : 'Save the results and end'}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep it going
              </button>
            </p>
          </div>
        )}
      </div>
      {snapshot?.shown && question && snapshot.questionId === question.id && (
        <RoomCounts question={question} snapshot={snapshot} unplaced={unplaced} />
      )}
    </section>
  );
}
