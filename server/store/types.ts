import type { Answer, Question } from '../../src/features/room/protocol.ts';

/** A room as stored. Its control key is kept only as a hash. */
export interface RoomRecord {
  id: string;
  code: string;
  keyHash: string;
  threshold: number;
  question: Question | null;
  open: boolean;
  resultsVisible: boolean;
  createdAt: number;
  expiresAt: number;
  /** Counts every change to the room's answers or state: snapshots carry it. */
  version: number;
}

export type RoomChange = Partial<Pick<RoomRecord, 'question' | 'open' | 'resultsVisible'>>;

/** What changed, as every server process hears it: answers, the room's state, or its end. */
export type ChangeKind = 'answers' | 'state' | 'deleted';
export type ChangeListener = (roomId: string, kind: ChangeKind) => void;

/**
 * Where rooms and answers live: SQLite in a data folder (one process), or PostgreSQL (any number
 * of processes, which hear each other's changes through LISTEN/NOTIFY). Participants are stored
 * only as a hash of their token; nothing about a request (address, browser) is ever stored.
 */
export interface RoomStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Adds a room; false when its id or code is taken (the caller draws another). */
  create(room: RoomRecord): Promise<boolean>;
  /** A live room by id or by join code; null when there is none, or it has expired. */
  byId(id: string, now: number): Promise<RoomRecord | null>;
  byCode(code: string, now: number): Promise<RoomRecord | null>;
  /** Changes the room's state; a new question is kept with the room for its results. */
  update(id: string, change: RoomChange): Promise<RoomRecord | null>;
  /**
   * Stores a participant's answer to a question (replacing theirs), and returns the room's
   * version; 'full' when the question already has `maxAnswers` other participants.
   */
  putAnswer(
    roomId: string,
    questionId: string,
    participant: string,
    answer: Answer,
    maxAnswers: number,
  ): Promise<number | 'full'>;
  /** Removes a participant's answer; returns the room's version. */
  withdraw(roomId: string, questionId: string, participant: string): Promise<number>;
  /** A question's current answers. */
  answers(roomId: string, questionId: string): Promise<Answer[]>;
  /** Every question the room has asked, in the order first asked. */
  questions(roomId: string): Promise<Question[]>;
  /** How many rooms are live. */
  countLive(now: number): Promise<number>;
  /** Deletes the room and every answer in it; false when there was none. */
  delete(id: string): Promise<boolean>;
  /** Deletes every room past its expiry; returns how many. */
  sweep(now: number): Promise<number>;
  /** Hears every change, from this process or (PostgreSQL) any other. */
  listen(listener: ChangeListener): () => void;
  close(): Promise<void>;
}
