import { z } from 'zod/mini';

/**
 * The live room's protocol: every request body and every event the room server and the app
 * exchange, as zod schemas both sides import. The server imports nothing else from `src/`, so this
 * module imports nothing but zod.
 */

z.config(z.locales.en());

/** Bounds both sides hold to. */
export const ROOM_LIMITS = {
  /** Results stay hidden until this many people have answered (the presenter may choose). */
  threshold: { min: 3, max: 10, default: 5 },
  /** Snapshots of the counts go out at most this often. */
  snapshotMs: 2000,
  /** A room and its answers are deleted this long after it was made, at the latest. */
  lifetimeMs: 24 * 60 * 60 * 1000,
  /** Factors one question may ask about. */
  factors: 200,
  /** Factors a participant may pick in a "pick" question. */
  picks: 3,
  /** Characters in an id and in a label (a model's own limits). */
  idLength: 80,
  labelLength: 150,
} as const;

/** A join code: six characters people can read aloud and type, with no 0/O or 1/I to confuse. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const joinCodeSchema = z.string().check(z.regex(/^[A-HJ-NP-Z2-9]{6}$/));

/** 32 random bytes in base64url: a participant's token, a presenter's control key, a room id. */
export const secretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

const id = z
  .string()
  .check(
    z.maxLength(ROOM_LIMITS.idLength),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  );
const label = z.string().check(z.minLength(1), z.maxLength(ROOM_LIMITS.labelLength));

/** What the room is asked: mark each factor as draining or sustaining, or pick up to three. */
export const QUESTION_KINDS = ['mark', 'pick'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const questionSchema = z
  .strictObject({
    id: z.string().check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    kind: z.enum(QUESTION_KINDS),
    title: label,
    factors: z
      .array(z.strictObject({ id, label, group: z.optional(label) }))
      .check(z.minLength(1), z.maxLength(ROOM_LIMITS.factors)),
  })
  .check(
    z.refine(
      (q) => new Set(q.factors.map((f) => f.id)).size === q.factors.length,
      'factor ids must be unique',
    ),
  );
export type Question = z.infer<typeof questionSchema>;

export const createRoomSchema = z.strictObject({
  threshold: z.optional(
    z.int().check(z.gte(ROOM_LIMITS.threshold.min), z.lte(ROOM_LIMITS.threshold.max)),
  ),
});

/** What the presenter changes: the question (null: none open), paused or open, results shown. */
export const roomPatchSchema = z.strictObject({
  question: z.optional(z.nullable(questionSchema)),
  open: z.optional(z.boolean()),
  resultsVisible: z.optional(z.boolean()),
});
export type RoomPatch = z.infer<typeof roomPatchSchema>;

export const MARKS = ['drains', 'sustains'] as const;
export type Mark = (typeof MARKS)[number];

export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('mark'),
    marks: z.record(id, z.enum(MARKS)).check(
      z.refine((m) => Object.keys(m).length > 0, 'mark at least one factor'),
      z.refine((m) => Object.keys(m).length <= ROOM_LIMITS.factors, 'too many marks'),
    ),
  }),
  z.strictObject({
    kind: z.literal('pick'),
    picks: z.array(id).check(
      z.minLength(1),
      z.maxLength(ROOM_LIMITS.picks),
      z.refine((p) => new Set(p).size === p.length, 'each factor once'),
    ),
  }),
]);
export type Answer = z.infer<typeof answerSchema>;

export const putAnswerSchema = z.strictObject({
  token: secretSchema,
  questionId: z.string().check(z.maxLength(120)),
  answer: answerSchema,
});
export const withdrawSchema = z.strictObject({
  token: secretSchema,
  questionId: z.string().check(z.maxLength(120)),
});

/** The room as a participant sees it: the question, and whether answers are open. No counts. */
export interface PublicRoom {
  code: string;
  question: Question | null;
  open: boolean;
  expiresAt: number;
}

/** The room as its presenter sees it. */
export interface PresenterRoom extends PublicRoom {
  roomId: string;
  threshold: number;
  resultsVisible: boolean;
  createdAt: number;
}

/** What `POST /api/rooms` answers: the room, and the key that controls it (shown only once). */
export interface CreatedRoom {
  room: PresenterRoom;
  controlKey: string;
}

export interface FactorCount {
  drains: number;
  sustains: number;
  picks: number;
}

/**
 * The room's counts for the open question, as published (at most every `snapshotMs`). Under the
 * threshold `shown` is false and `counts` is empty: only how many have answered goes out.
 */
export interface Snapshot {
  questionId: string | null;
  answered: number;
  threshold: number;
  shown: boolean;
  counts: Record<string, FactorCount>;
  /** The room's change counter when the counts were read: an answer acknowledged with version v is in every snapshot with version ≥ v. */
  version: number;
  at: number;
}

/** Every question asked in a room, with its counts: what the presenter downloads at the end. */
export interface RoomResults {
  questions: {
    question: Question;
    answered: number;
    shown: boolean;
    counts: Record<string, FactorCount>;
  }[];
}

/** The acknowledgement of an answer or a withdrawal. */
export interface AnswerAck {
  ok: true;
  version: number;
}

/** Why an answer was refused though it was well formed: the app acts on these. */
export type RefusalReason = 'closed' | 'paused' | 'full';

/** Every error the server sends: one sentence a person can read, and for a refused answer, why. */
export interface RoomError {
  error: string;
  reason?: RefusalReason;
}

/** The paths, shared so neither side spells one differently. */
export const roomPaths = {
  health: '/api/health',
  rooms: '/api/rooms',
  room: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}`,
  roomEvents: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/events`,
  roomResults: (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/results`,
  join: (code: string) => `/api/join/${encodeURIComponent(code)}`,
  joinEvents: (code: string) => `/api/join/${encodeURIComponent(code)}/events`,
  answer: (code: string) => `/api/join/${encodeURIComponent(code)}/answer`,
} as const;
