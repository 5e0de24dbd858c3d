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

/**
 * A join code as people type it: any case, with spaces or dashes between its characters.
 * @example normaliseCode('km4 7tx') // 'KM47TX'
 */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

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
export const publicRoomSchema = z.object({
  code: joinCodeSchema,
  question: z.nullable(questionSchema),
  open: z.boolean(),
  /** Answers show only once this many have answered: the page says so. */
  threshold: z.int().check(z.gte(ROOM_LIMITS.threshold.min), z.lte(ROOM_LIMITS.threshold.max)),
  expiresAt: z.number(),
});
export type PublicRoom = z.infer<typeof publicRoomSchema>;

/** The room as its presenter sees it. */
export const presenterRoomSchema = z.object({
  ...publicRoomSchema.def.shape,
  roomId: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  resultsVisible: z.boolean(),
  createdAt: z.number(),
});
export type PresenterRoom = z.infer<typeof presenterRoomSchema>;

/** What `POST /api/rooms` answers: the room, and the key that controls it (shown only once). */
export const createdRoomSchema = z.object({ room: presenterRoomSchema, controlKey: secretSchema });
export type CreatedRoom = z.infer<typeof createdRoomSchema>;

const count = z.int().check(z.gte(0));
const factorCountSchema = z.object({ drains: count, sustains: count, picks: count });
export type FactorCount = z.infer<typeof factorCountSchema>;
const countsSchema = z
  .record(id, factorCountSchema)
  .check(z.refine((c) => Object.keys(c).length <= ROOM_LIMITS.factors, 'too many counts'));

/**
 * The room's counts for the open question, as published (at most every `snapshotMs`). Under the
 * threshold `shown` is false and `counts` is empty: only how many have answered goes out.
 * `version` is the room's change counter when the counts were read: an answer acknowledged with
 * version v is in every snapshot with version v or more.
 */
export const snapshotSchema = z.object({
  questionId: z.nullable(z.string().check(z.maxLength(120))),
  answered: count,
  threshold: count,
  shown: z.boolean(),
  counts: countsSchema,
  version: count,
  at: z.number(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/** Every question asked in a room, with its counts: what the presenter saves at the end. */
export const roomResultsSchema = z.object({
  questions: z
    .array(
      z.object({
        question: questionSchema,
        answered: count,
        shown: z.boolean(),
        counts: countsSchema,
      }),
    )
    .check(z.maxLength(1000)),
});
export type RoomResults = z.infer<typeof roomResultsSchema>;

/** The acknowledgement of an answer or a withdrawal. */
export const answerAckSchema = z.object({ ok: z.literal(true), version: count });
export type AnswerAck = z.infer<typeof answerAckSchema>;

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
