import { roomRequest, RoomRequestError } from './client';
import { answerAckSchema, roomPaths, type Answer, type RefusalReason } from './protocol';

/** What a participant last asked for: an answer to a question, or to take theirs back. */
export type Outgoing =
  { kind: 'answer'; questionId: string; answer: Answer } | { kind: 'withdraw'; questionId: string };

export type SendStatus =
  | { state: 'idle' }
  | { state: 'sending'; attempt: number }
  /** No answer from the server yet: tried again after `retryInMs`. */
  | { state: 'waiting'; retryInMs: number; message: string }
  /** Answers are paused: sent when they reopen. */
  | { state: 'paused' }
  | { state: 'sent'; outgoing: Outgoing; version: number }
  /** The server refused it for good (the question closed, the answer did not fit): why, in a sentence. */
  | { state: 'refused'; message: string; reason?: RefusalReason };

export interface SenderOptions {
  code: string;
  token: string;
  onStatus: (status: SendStatus) => void;
  /** Keeps what is not yet acknowledged, so a reload sends it again. */
  persist?: (pending: Outgoing | null) => void;
  request?: typeof roomRequest;
}

const BACKOFF = [1000, 2000, 4000, 8000, 10_000];

/**
 * Sends a participant's answer by plain HTTPS and tries again until the server acknowledges it:
 * after no answer, a 5xx or a 429, with a growing pause (at most 10 s), and at once when the
 * browser comes back online. Only the newest thing asked for is sent: a change made while an
 * older answer waits replaces it. A refusal that retrying cannot fix stops it, with the server's
 * sentence.
 */
export class AnswerSender {
  private pending: Outgoing | null = null;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private paused = false;
  private stopped = false;
  private readonly request: typeof roomRequest;

  constructor(private readonly options: SenderOptions) {
    this.request = options.request ?? roomRequest;
    globalThis.addEventListener?.('online', this.retryNow);
  }

  /** Sends this (replacing anything not yet acknowledged). */
  send(outgoing: Outgoing) {
    this.pending = outgoing;
    this.options.persist?.(outgoing);
    this.attempt = 0;
    this.retryNow();
  }

  /** The room reopened (or the page came back): send what waits, now. */
  readonly retryNow = () => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.paused = false;
    void this.flush();
  };

  /** Stops for good (the page is leaving, or the room has ended). */
  stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    globalThis.removeEventListener?.('online', this.retryNow);
  }

  private async flush() {
    const outgoing = this.pending;
    if (!outgoing || this.inFlight || this.stopped || this.paused) return;
    this.inFlight = true;
    this.attempt++;
    this.options.onStatus({ state: 'sending', attempt: this.attempt });
    const { code, token } = this.options;
    try {
      const ack = await this.request(
        roomPaths.answer(code),
        {
          method: outgoing.kind === 'answer' ? 'PUT' : 'DELETE',
          body:
            outgoing.kind === 'answer'
              ? { token, questionId: outgoing.questionId, answer: outgoing.answer }
              : { token, questionId: outgoing.questionId },
        },
        answerAckSchema,
      );
      this.settle(outgoing, () =>
        this.options.onStatus({ state: 'sent', outgoing, version: ack.version }),
      );
    } catch (error) {
      this.failed(outgoing, error);
    } finally {
      this.inFlight = false;
    }
    // Something newer was asked for while this one was on its way.
    if (this.pending && this.pending !== outgoing && !this.timer) void this.flush();
  }

  /** Clears what was acknowledged, unless something newer has replaced it meanwhile. */
  private settle(outgoing: Outgoing, report: () => void) {
    if (this.pending !== outgoing) return;
    this.pending = null;
    this.attempt = 0;
    this.options.persist?.(null);
    report();
  }

  private failed(outgoing: Outgoing, error: unknown) {
    if (this.pending !== outgoing) return;
    if (error instanceof RoomRequestError && error.reason === 'paused') {
      this.paused = true;
      this.options.onStatus({ state: 'paused' });
      return;
    }
    const retryable =
      !(error instanceof RoomRequestError) || error.status >= 500 || error.status === 429;
    if (!retryable) {
      const refusal = error as RoomRequestError;
      this.settle(outgoing, () =>
        this.options.onStatus({
          state: 'refused',
          message: refusal.message,
          reason: refusal.reason,
        }),
      );
      return;
    }
    const wait =
      error instanceof RoomRequestError && error.retryAfter
        ? error.retryAfter * 1000
        : BACKOFF[Math.min(this.attempt - 1, BACKOFF.length - 1)]!;
    this.options.onStatus({
      state: 'waiting',
      retryInMs: wait,
      message: error instanceof RoomRequestError ? error.message : 'No connection to the room.',
    });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }
}
