import { z } from 'zod';

/**
 * The stored form of a person's reflection. It carries a format name and a version from the first
 * release; `MIGRATIONS` turns each older version into the next, so a file or a stored record from
 * any release opens in this one. Version 1 is the first; a version newer than this app knows is
 * kept aside, never overwritten.
 */
export const FORMAT = 'cwb-reflection';
export const CURRENT_VERSION = 1;

export const FEELINGS = ['draining', 'neutral', 'sustaining'] as const;
export type Feeling = (typeof FEELINGS)[number];

const stamp = z.number().int().nonnegative();
const ratingSchema = z.strictObject({
  feeling: z.enum(FEELINGS),
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  note: z.string().max(2000).optional(),
  updatedAt: stamp,
});
/** A cleared rating is kept as a dated tombstone, so clearing in one tab wins over an older edit in another. */
const entrySchema = z.union([
  ratingSchema,
  z.strictObject({ cleared: z.literal(true), updatedAt: stamp }),
]);
const planItemSchema = z.strictObject({
  id: z.string().max(60),
  text: z.string().max(500),
  resourceId: z.string().max(120).optional(),
  removed: z.boolean().optional(),
  updatedAt: stamp,
});
const snapshotSchema = z.strictObject({
  id: z.string().max(60),
  completedAt: stamp,
  ratings: z.record(
    z.string().max(120),
    z.strictObject({
      feeling: z.enum(FEELINGS),
      strength: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    }),
  ),
});

export const reflectionSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  model: z.string().max(120),
  entries: z.record(z.string().max(120), entrySchema),
  /** Where the walk-through was left: the index of the domain on show. */
  position: z.strictObject({ domain: z.number().int().nonnegative(), updatedAt: stamp }),
  snapshots: z.array(snapshotSchema).max(500),
  plan: z.array(planItemSchema).max(500),
});

export type Reflection = z.output<typeof reflectionSchema>;
export type Rating = z.output<typeof ratingSchema>;
export type Entry = z.output<typeof entrySchema>;
export type PlanItem = z.output<typeof planItemSchema>;
export type Snapshot = z.output<typeof snapshotSchema>;

export const isRating = (e: Entry | undefined): e is Rating => Boolean(e && 'feeling' in e);

export const emptyReflection = (model: string): Reflection => ({
  format: FORMAT,
  version: CURRENT_VERSION,
  model,
  entries: {},
  position: { domain: 0, updatedAt: 0 },
  snapshots: [],
  plan: [],
});

/** Each entry turns version N into version N + 1. Empty while version 1 is the only one. */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> =
  {};

export type Opened = { ok: true; value: Reflection } | { ok: false; reason: string };

/**
 * Opens stored or imported data of any released version, migrating it forward, and says plainly
 * why when it cannot: not a reflection, from a newer app, or damaged.
 */
export function openReflection(raw: unknown): Opened {
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT)
    return { ok: false, reason: 'It is not a reflection saved by this app.' };
  let data = raw as Record<string, unknown>;
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, reason: 'It has no version this app understands.' };
  if (version > CURRENT_VERSION)
    return {
      ok: false,
      reason: `It was saved by a newer version of this app (format ${version}); this one reads up to ${CURRENT_VERSION}.`,
    };
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: `There is no way to update format ${v}.` };
    data = step(data);
  }
  const parsed = reflectionSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      reason: `It is damaged (at ${first?.path.join('.') || 'the top'}: ${first?.message}).`,
    };
  }
  return { ok: true, value: parsed.data };
}

const newer = <T extends { updatedAt: number }>(a: T | undefined, b: T | undefined) =>
  !a ? b : !b ? a : b.updatedAt > a.updatedAt ? b : a;

/**
 * Joins two versions of one reflection so that no change is lost: per factor and per plan item the
 * later edit wins; snapshots from either are kept. Used whenever two tabs (or a file and this
 * device) both have changes.
 * @example mergeReflections(a, b).entries.autonomy // whichever of a's and b's is newer
 */
export function mergeReflections(a: Reflection, b: Reflection): Reflection {
  const entries: Record<string, Entry> = { ...a.entries };
  for (const [id, entry] of Object.entries(b.entries))
    entries[id] = newer(entries[id], entry) as Entry;
  const plan = new Map(a.plan.map((p) => [p.id, p]));
  for (const item of b.plan) plan.set(item.id, newer(plan.get(item.id), item) as PlanItem);
  const snapshots = new Map(a.snapshots.map((s) => [s.id, s]));
  for (const s of b.snapshots) snapshots.set(s.id, s);
  return {
    ...a,
    entries,
    position: newer(a.position, b.position) ?? a.position,
    plan: [...plan.values()],
    snapshots: [...snapshots.values()].sort((x, y) => x.completedAt - y.completedAt),
  };
}
