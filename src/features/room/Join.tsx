import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { AnswerForm } from './AnswerForm';
import { joinCodeSchema, normaliseCode } from './protocol';
import { useJoinedRoom } from './useJoinedRoom';
import './room.css';

const isCode = (code: string) => joinCodeSchema.safeParse(code).success;

/**
 * A participant's page (`/join`, `/join/:code`): the code, if the link did not bring one, then
 * the room's current question, answered with plain radio buttons and checkboxes. No account, no
 * name: a random token in this browser lets the person change or withdraw their answer.
 */
export default function Join() {
  const { code } = useParams();
  const normal = code ? normaliseCode(code) : '';
  return (
    <article className="join">
      {isCode(normal) ? <JoinedRoom key={normal} code={normal} /> : <JoinForm typed={code} />}
    </article>
  );
}

function JoinForm({ typed }: { typed?: string }) {
  const navigate = useNavigate();
  const id = useId();
  const [value, setValue] = useState(typed ?? '');
  const [error, setError] = useState(
    typed ? 'That is not a join code: it has six letters and digits, such as KM4 7TX.' : '',
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = normaliseCode(value);
    if (!isCode(code)) return setError('A join code has six letters and digits, such as KM4 7TX.');
    setError('');
    navigate(`/join/${code}`);
  };
  return (
    <>
      <h1>Join a live room</h1>
      <p>Type the code on the presenter’s screen.</p>
      <form onSubmit={submit} className="join__form" noValidate>
        <label htmlFor={id}>Join code</label>
        <input
          id={id}
          value={value}
          onChange={(e) => setValue(e.target.value.slice(0, 12))}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={12}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit">Join</button>
        {error && (
          <p id={`${id}-error`} className="join__error" role="alert">
            {error}
          </p>
        )}
      </form>
      <Privacy />
    </>
  );
}

function JoinedRoom({ code }: { code: string }) {
  const joined = useJoinedRoom(code);
  const { room, phase, connection } = joined;
  if (phase === 'missing' || phase === 'ended')
    return (
      <>
        <h1>{phase === 'ended' ? 'The room has ended' : 'No room has that code'}</h1>
        <p role="status">
          {phase === 'ended'
            ? 'Thank you for answering. The room and every answer in it have been deleted.'
            : (joined.message ?? 'Check the code with the presenter.')}
        </p>
        <JoinForm />
      </>
    );
  return (
    <>
      <h1>
        Live room <span className="join__code">{code}</span>
      </h1>
      {connection === 'lost' && (
        <p className="join__notice" role="status">
          No connection to the room: this page keeps trying, and your answer is kept until it is
          sent.
        </p>
      )}
      {phase === 'loading' || !room ? (
        <p role="status">Joining…</p>
      ) : room.question ? (
        <AnswerForm
          key={room.question.id}
          code={code}
          question={room.question}
          open={room.open}
          token={joined.token}
        />
      ) : (
        <p role="status" className="join__waiting">
          Waiting for the presenter’s next question. This page shows it by itself.
        </p>
      )}
      {room && <Privacy threshold={room.threshold} />}
    </>
  );
}

/** What is kept, and for how long, in one sentence (with the room's threshold, once known). */
function Privacy({ threshold }: { threshold?: number }) {
  const enough = threshold ? `at least ${threshold} people have` : 'enough people have';
  return (
    <p className="join__privacy">
      Your answer is counted with everyone else’s and shown only as totals, once {enough} answered;
      it is kept under a random number in this browser, never your name, and deleted when the
      presenter ends the room, or after 24 hours at the latest.
    </p>
  );
}
