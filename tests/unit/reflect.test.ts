import { afterEach, describe, expect, it } from 'vitest';
import { deriveKey, isLocked, lock, saltOf, unlockRecord } from '../../src/features/reflect/crypto';
import {
  CURRENT_VERSION,
  emptyReflection,
  mergeReflections,
  openReflection,
  type Reflection,
} from '../../src/features/reflect/format';
import {
  importFile,
  rate,
  resetReflectionSession,
  setPassphrase,
  startReflection,
  whenSaved,
  keepNothing,
  exportFile,
  deleteReflection,
  goToDomain,
  readReflection,
} from '../../src/features/reflect/session';
import {
  ASIDE_PREFIX,
  KEY,
  loadStored,
  memoryStore,
  saveMerged,
} from '../../src/features/reflect/storage';
import { buildIndex } from '../../src/model/indices';
import { compareSnapshots, strongest, describePosition } from '../../src/features/reflect/summary';
import { bundledModel, readJson } from './helpers';

const FAST = 1000; // PBKDF2 rounds for tests; the app uses 310,000.
const v1 = readJson('tests/fixtures/reflection-v1.json') as { rev: number; body: unknown };
const at = (t: number) => ({ feeling: 'draining' as const, strength: 2 as const, updatedAt: t });

describe('the stored format', () => {
  it('opens a stored version-1 reflection in this version', () => {
    const opened = openReflection(v1.body);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.version).toBe(CURRENT_VERSION);
    expect(opened.value.entries['media-portrayal']).toMatchObject({
      feeling: 'draining',
      strength: 3,
    });
    expect(opened.value.plan[0]?.text).toBe('Talk to my lead about rota gaps');
  });

  it.each([
    [{ hello: 'world' }, 'It is not a reflection saved by this app.'],
    [{ format: 'cwb-reflection', version: 'one' }, 'It has no version this app understands.'],
    [
      { format: 'cwb-reflection', version: 9 },
      'It was saved by a newer version of this app (format 9)',
    ],
    [
      { ...(v1.body as object), entries: { x: { feeling: 'furious', strength: 2, updatedAt: 1 } } },
      'It is damaged',
    ],
  ])('says why it cannot open %j', (raw, reason) => {
    const opened = openReflection(raw);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.reason).toContain(reason);
  });
});

describe('merging two versions of a reflection', () => {
  it('keeps the later edit of each factor and every snapshot, so neither side loses a change', () => {
    const a: Reflection = { ...emptyReflection('m'), entries: { x: at(1), y: at(5) } };
    const b: Reflection = {
      ...emptyReflection('m'),
      entries: { x: { cleared: true, updatedAt: 3 }, z: at(2) },
      snapshots: [{ id: 's1', completedAt: 1, ratings: {} }],
    };
    const merged = mergeReflections(a, b);
    expect(merged.entries).toEqual({ x: { cleared: true, updatedAt: 3 }, y: at(5), z: at(2) });
    expect(merged.snapshots.map((s) => s.id)).toEqual(['s1']);
    expect(mergeReflections(b, a).entries).toEqual(merged.entries);
  });
});

describe('the passphrase lock', () => {
  it('round-trips, and a wrong passphrase says so and opens nothing', async () => {
    const key = await deriveKey('correct horse battery', undefined, FAST);
    const locked = await lock({ secret: 'note' }, key);
    expect(isLocked(locked)).toBe(true);
    expect(JSON.stringify(locked)).not.toContain('note');
    const again = await deriveKey('correct horse battery', saltOf(locked).salt, FAST);
    expect(await unlockRecord(locked, again)).toEqual({ ok: true, value: { secret: 'note' } });
    const wrong = await deriveKey('wrong horse', saltOf(locked).salt, FAST);
    expect(await unlockRecord(locked, wrong)).toEqual({
      ok: false,
      reason: 'That passphrase does not open it. Nothing was changed.',
    });
  });
});

describe('storage on this device', () => {
  it('reads a stored v1 record, and sets aside what it cannot read, keeping it whole', async () => {
    const kv = memoryStore();
    await kv.set(KEY, v1);
    expect((await loadStored(kv)).status).toBe('ready');
    await kv.set(KEY, { rev: 1, body: { format: 'cwb-reflection', version: 7 } });
    const loaded = await loadStored(kv);
    expect(loaded).toMatchObject({ status: 'set-aside' });
    const keys = await kv.keys();
    expect(keys).not.toContain(KEY);
    const aside = keys.find((k) => k.startsWith(ASIDE_PREFIX))!;
    expect(await kv.get(aside)).toEqual({ rev: 1, body: { format: 'cwb-reflection', version: 7 } });
  });

  it('never lets a stale tab overwrite newer data: two tabs saving in turn keep both changes', async () => {
    const kv = memoryStore();
    const tabA: Reflection = { ...emptyReflection('m'), entries: { a: at(10) } };
    const tabB: Reflection = { ...emptyReflection('m'), entries: { b: at(20), a: at(5) } };
    await saveMerged(kv, tabA, null);
    // Tab B never saw A's change, and its own edit of "a" is older.
    const stored = await saveMerged(kv, tabB, null);
    expect(stored.entries).toEqual({ a: at(10), b: at(20) });
    const loaded = await loadStored(kv);
    expect(loaded.status === 'ready' && loaded.value.entries).toEqual({ a: at(10), b: at(20) });
  });

  it('retries when another tab writes between its read and its write', async () => {
    const kv = memoryStore();
    await saveMerged(kv, { ...emptyReflection('m'), entries: { a: at(1) } }, null);
    const realGet = kv.get.bind(kv);
    let raced = false;
    kv.get = async (k) => {
      const value = await realGet(k);
      if (!raced) {
        raced = true;
        // Another tab writes right after this read.
        await saveMerged(kv, { ...emptyReflection('m'), entries: { c: at(3) } }, null);
      }
      return value;
    };
    const stored = await saveMerged(kv, { ...emptyReflection('m'), entries: { b: at(2) } }, null);
    expect(Object.keys(stored.entries).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('a reflection session', () => {
  afterEach(() => resetReflectionSession());

  it('imports an exported file, refuses bad ones with a reason and changes nothing', async () => {
    const kv = memoryStore();
    await startReflection('nam-clinician-well-being', kv);
    rate('media-portrayal', { feeling: 'draining', strength: 3 });
    await whenSaved();
    const before = await kv.get(KEY);
    const file = (text: string) => new Blob([text]);
    expect(await importFile(file('{not json'))).toEqual({
      ok: false,
      reason: 'The file is not a reflection: it is not valid JSON.',
    });
    expect(
      await importFile(file(JSON.stringify({ format: 'cwb-reflection', version: 4 }))),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('newer version of this app'),
    });
    expect(await importFile(file(JSON.stringify({ some: 'other app' })))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a reflection saved by this app'),
    });
    expect(await importFile(new Blob([new Uint8Array(6 * 1024 * 1024)]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('larger than 5 MB'),
    });
    expect(await kv.get(KEY)).toEqual(before);
    expect(await importFile(file(JSON.stringify(v1.body)))).toEqual({ ok: true });
    const loaded = await loadStored(kv);
    expect(loaded.status === 'ready' && loaded.value.plan[0]?.text).toBe(
      'Talk to my lead about rota gaps',
    );
  });

  it('locks what it stores with a passphrase, and exports it locked', async () => {
    const kv = memoryStore();
    await startReflection('nam-clinician-well-being', kv);
    rate('coping-skills', { feeling: 'sustaining', strength: 2, note: 'my private words' });
    await whenSaved();
    await setPassphrase('a long passphrase');
    rate('autonomy', { feeling: 'draining', strength: 1 });
    await whenSaved();
    const raw = JSON.stringify(await kv.get(KEY));
    expect(raw).not.toContain('my private words');
    expect(raw).not.toContain('coping-skills');
    const exported = await (await exportFile()).text();
    expect(isLocked(JSON.parse(exported))).toBe(true);
    // A locked file needs its passphrase; with it, it opens.
    expect(await importFile(new Blob([exported]))).toMatchObject({
      ok: false,
      needsPassphrase: true,
    });
    expect(await importFile(new Blob([exported]), 'nope nope nope')).toMatchObject({ ok: false });
    expect(await importFile(new Blob([exported]), 'a long passphrase')).toEqual({ ok: true });
  });

  it('keeps nothing on the device once asked, and stores nothing after', async () => {
    const kv = memoryStore();
    await startReflection('nam-clinician-well-being', kv);
    rate('coping-skills', { feeling: 'sustaining', strength: 2 });
    await whenSaved();
    expect(await kv.keys()).toEqual([KEY]);
    await keepNothing();
    rate('autonomy', { feeling: 'draining', strength: 1 });
    await whenSaved();
    expect(await kv.keys()).toEqual([]);
  });
});

describe('changes of keeping while a save is under way', () => {
  afterEach(() => resetReflectionSession());

  it('keeps nothing even when asked before the last change had been saved', async () => {
    const kv = memoryStore();
    await startReflection('nam-clinician-well-being', kv);
    rate('coping-skills', { feeling: 'sustaining', strength: 2 });
    await keepNothing();
    await whenSaved();
    expect(await kv.keys()).toEqual([]);
  });

  it('deletes a change that was still being saved, from the device and the screen', async () => {
    const kv = memoryStore();
    await startReflection('nam-clinician-well-being', kv);
    rate('coping-skills', { feeling: 'sustaining', strength: 2, note: 'my private words' });
    await deleteReflection();
    await whenSaved();
    expect(await kv.keys()).toEqual([]);
    expect(JSON.stringify(readReflection().data)).not.toContain('my private words');
  });

  it('stores nothing unlocked once a passphrase is set, even mid-save', async () => {
    const kv = memoryStore();
    await startReflection('nam-clinician-well-being', kv);
    rate('coping-skills', { feeling: 'sustaining', strength: 2, note: 'my private words' });
    await setPassphrase('a long passphrase');
    await whenSaved();
    expect(JSON.stringify(await kv.get(KEY))).not.toContain('my private words');
  });

  it('does not carry a save from a forgotten visit into the next one', async () => {
    // The first visit's store answers only after the next visit has opened.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    const old = memoryStore();
    let holding = false;
    const slow = { ...old, get: async (k: string) => (holding && (await held), old.get(k)) };
    await startReflection('nam-clinician-well-being', slow);
    holding = true;
    goToDomain(3);
    const stale = whenSaved();
    await new Promise((resolve) => setTimeout(resolve, 0)); // its save has begun, and waits
    resetReflectionSession();
    await startReflection('nam-clinician-well-being', memoryStore());
    answer();
    await stale;
    await whenSaved();
    expect(readReflection().data.position.domain).toBe(0);
  });
});

describe('the summary', () => {
  const index = buildIndex(bundledModel());

  it('splits the strongest drains into the system and the person, strongest first', () => {
    const data: Reflection = {
      ...emptyReflection(index.model.id),
      entries: {
        'work-schedules': { feeling: 'draining', strength: 2, updatedAt: 1 },
        'documentation-requirements': { feeling: 'draining', strength: 3, updatedAt: 1 },
        'coping-skills': { feeling: 'draining', strength: 1, updatedAt: 1 },
        autonomy: { feeling: 'sustaining', strength: 3, updatedAt: 1 },
      },
    };
    const drains = strongest(index, data, 'draining');
    expect(drains.system.map((s) => s.factorId)).toEqual([
      'documentation-requirements',
      'work-schedules',
    ]);
    expect(drains.person.map((s) => s.factorId)).toEqual(['coping-skills']);
  });

  it('lists what moved between two snapshots, in words', () => {
    const changes = compareSnapshots(
      index,
      { id: 'a', completedAt: 1, ratings: { autonomy: { feeling: 'draining', strength: 3 } } },
      {
        id: 'b',
        completedAt: 2,
        ratings: {
          autonomy: { feeling: 'sustaining', strength: 1 },
          'coping-skills': { feeling: 'neutral', strength: 1 },
        },
      },
    );
    expect(
      changes.map((c) => [c.label, describePosition(c.before), describePosition(c.after)]),
    ).toEqual([
      ['Autonomy', 'drains a great deal', 'sustains a little'],
      ['Coping skills', 'not marked', 'neutral'],
    ]);
  });
});
