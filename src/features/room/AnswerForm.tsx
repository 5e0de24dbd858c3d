import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { joinedRoom, keepJoined } from './participant';
import { ROOM_LIMITS, type Answer, type Mark, type Question } from './protocol';
import { KIND_LABELS } from './questions';
import { AnswerSender, type Outgoing, type SendStatus } from './sender';

const MARK_LABELS: Record<Mark | 'none', string> = {
  drains: 'Drains me',
  sustains: 'Sustains me',
  none: 'Neither, or skip',
};

/**
 * The question's factors by their group (a domain), in the order given; one group is no group
 * (a domain's own question is titled with its name already).
 */
function byGroup(question: Question) {
  const groups = new Map<string, Question['factors']>();
  for (const f of question.factors) {
    const list = groups.get(f.group ?? '') ?? [];
    list.push(f);
    groups.set(f.group ?? '', list);
  }
  return groups.size === 1 ? [['', question.factors] as const] : [...groups];
}

/** What the person is told about their answer, in a sentence. */
function statusText(status: SendStatus): string {
  switch (status.state) {
    case 'idle':
      return '';
    case 'sending':
      return 'Sending…';
    case 'waiting':
      return `${status.message} Trying again in ${Math.round(status.retryInMs / 1000)} s; your answer is kept until it is sent.`;
    case 'paused':
      return 'Answers are paused: yours is kept, and sent when they reopen.';
    case 'sent':
      return status.outgoing.kind === 'answer'
        ? 'Sent. You can change it, or withdraw it, while the question is open.'
        : 'Your answer is withdrawn.';
    case 'refused':
      return status.message;
  }
}

/**
 * The room's question as a form: for "mark", a radio group per factor (drains, sustains, neither);
 * for "pick", checkboxes, at most three. Sending is retried until the server acknowledges it; the
 * person can change or withdraw their answer while the question is open.
 */
export function AnswerForm({
  code,
  question,
  open,
  token,
}: {
  code: string;
  question: Question;
  open: boolean;
  token: string;
}) {
  const id = useId();
  // What this browser sent, or still has to send, for this question (kept across a reload).
  const kept = useMemo(() => {
    const joined = joinedRoom(code);
    const pending = joined.pending?.questionId === question.id ? joined.pending : null;
    const sent =
      joined.sent?.questionId === question.id && joined.sent.kind === 'answer' ? joined.sent : null;
    return { pending, sent };
  }, [code, question.id]);
  const start = kept.pending?.kind === 'answer' ? kept.pending.answer : kept.sent?.answer;
  const [marks, setMarks] = useState<Record<string, Mark>>(
    start?.kind === 'mark' ? start.marks : {},
  );
  const [picks, setPicks] = useState<string[]>(start?.kind === 'pick' ? start.picks : []);
  const [hasAnswer, setHasAnswer] = useState(Boolean(kept.sent));
  const [status, setStatus] = useState<SendStatus>(
    kept.sent ? { state: 'sent', outgoing: kept.sent, version: 0 } : { state: 'idle' },
  );
  const [problem, setProblem] = useState('');
  const sender = useRef<AnswerSender | null>(null);

  useEffect(() => {
    const s = new AnswerSender({
      code,
      token,
      onStatus: (next) => {
        setStatus(next);
        if (next.state === 'sent') {
          const answered = next.outgoing.kind === 'answer';
          setHasAnswer(answered);
          keepJoined(code, { sent: answered ? next.outgoing : null });
        }
      },
      persist: (pending) => keepJoined(code, { pending }),
    });
    sender.current = s;
    if (kept.pending) s.send(kept.pending);
    return () => s.stop();
  }, [code, token, kept]);
  useEffect(() => {
    if (open) sender.current?.retryNow();
  }, [open]);

  const send = (outgoing: Outgoing) => {
    setProblem('');
    sender.current?.send(outgoing);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answer: Answer =
      question.kind === 'mark' ? { kind: 'mark', marks } : { kind: 'pick', picks };
    const empty = answer.kind === 'mark' ? Object.keys(answer.marks).length === 0 : !picks.length;
    if (empty)
      return setProblem(
        question.kind === 'mark'
          ? 'Mark at least one factor as draining or sustaining you.'
          : 'Pick at least one factor.',
      );
    send({ kind: 'answer', questionId: question.id, answer });
  };
  const withdraw = () => {
    setMarks({});
    setPicks([]);
    send({ kind: 'withdraw', questionId: question.id });
  };
  const full = picks.length >= ROOM_LIMITS.picks;

  return (
    <form className="join__question" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{question.title}</h2>
      <p className="join__instruction">{KIND_LABELS[question.kind].instruction}</p>
      {!open && (
        <p className="join__notice" role="status">
          The presenter has paused answers for a moment.
        </p>
      )}
      {byGroup(question).map(([group, factors]) => {
        const fields = factors.map((f) =>
          question.kind === 'mark' ? (
            <fieldset key={f.id} className="join__factor">
              <legend>{f.label}</legend>
              {(['drains', 'sustains', 'none'] as const).map((m) => (
                <label key={m} className={`join__choice join__choice--${m}`}>
                  <input
                    type="radio"
                    name={`${id}-${f.id}`}
                    value={m}
                    checked={(marks[f.id] ?? 'none') === m}
                    onChange={() =>
                      setMarks((all) => {
                        const next = { ...all };
                        if (m === 'none') delete next[f.id];
                        else next[f.id] = m;
                        return next;
                      })
                    }
                  />{' '}
                  {MARK_LABELS[m]}
                </label>
              ))}
            </fieldset>
          ) : (
            <label key={f.id} className="join__pick">
              <input
                type="checkbox"
                checked={picks.includes(f.id)}
                disabled={full && !picks.includes(f.id)}
                onChange={(e) =>
                  setPicks((all) =>
                    e.target.checked ? [...all, f.id] : all.filter((p) => p !== f.id),
                  )
                }
              />{' '}
              {f.label}
            </label>
          ),
        );
        return group ? (
          <fieldset key={group} className="join__group">
            <legend>{group}</legend>
            {fields}
          </fieldset>
        ) : (
          fields
        );
      })}
      {question.kind === 'pick' && (
        <p className="join__count" aria-live="polite">
          {picks.length} of {ROOM_LIMITS.picks} picked
          {full ? ': untick one to pick another.' : '.'}
        </p>
      )}
      <div className="join__actions">
        <button type="submit" className="join__send">
          {hasAnswer ? 'Update my answer' : 'Send my answer'}
        </button>
        {(hasAnswer || status.state === 'waiting' || status.state === 'paused') && (
          <button type="button" onClick={withdraw}>
            Withdraw my answer
          </button>
        )}
      </div>
      {problem && (
        <p className="join__error" role="alert">
          {problem}
        </p>
      )}
      <p className="join__status" role="status">
        {statusText(status)}
      </p>
    </form>
  );
}
