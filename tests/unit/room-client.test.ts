import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoomRequestError } from '../../src/features/room/client';
import { buildIndex } from '../../src/model/indices';
import type { Model } from '../../src/model/types';
import { badgesFor } from '../../src/features/room/badges';
import { questionFor } from '../../src/features/room/questions';
import { resultsCsv } from '../../src/features/room/results';
import { AnswerSender, type SendStatus } from '../../src/features/room/sender';
import { roomStatus } from '../../src/features/room/status';
import type { PresenterRoom } from '../../src/features/room/protocol';
import { cspFor, roomServerOrigin } from '../../src/start/csp';
import { defaultSteps } from '../../src/features/present/steps';
import { computeBaseAngles, FULL_VIEW, viewFor } from '../../src/layout/angles';
import { estimateTextWidth } from '../../src/layout/text';
import { computeRadialLayout } from '../../src/layout/radial';
import model from '../../data/model.json';
import { question } from '../server/helpers';

const index = buildIndex(model as unknown as Model);
const steps = defaultSteps(index);

describe('the question a step asks', () => {
  it('asks across every factor on the overview, about a domain’s own on its step, and nothing on the centre', () => {
    const overview = questionFor(index, steps[0], 'pick')!;
    expect(overview.id).toBe('overview-pick');
    expect(overview.factors).toHaveLength(index.factors.length);
    expect(overview.factors[0]).toMatchObject({ group: expect.any(String) });
    const domainStep = steps.find((s) => s.kind === 'domain')!;
    const domain = questionFor(index, domainStep, 'mark')!;
    expect(domain.id).toBe(`domain-${domainStep.targetId}-mark`);
    expect(domain.factors.map((f) => f.id)).toEqual(
      index.domainById.get(domainStep.targetId!)!.factors.map((f) => f.id),
    );
    expect(
      questionFor(
        index,
        steps.find((s) => s.kind === 'centre'),
        'mark',
      ),
    ).toBeNull();
    expect(questionFor(index, undefined, 'mark')).toBeNull();
    const factor = questionFor(
      index,
      {
        key: 'x',
        kind: 'factor',
        targetId: 'media-portrayal',
        title: 'Media portrayal',
        points: [],
      },
      'mark',
    )!;
    expect(factor.factors).toEqual([
      { id: 'media-portrayal', label: 'Media portrayal', group: 'Society & Culture' },
    ]);
  });
});

describe('the results file', () => {
  it('has a row per factor, no counts for a question under the threshold, and defuses formulas', () => {
    const q = { ...question('pick'), title: '=HYPERLINK("x")' };
    const csv = resultsCsv(
      {
        questions: [
          {
            question: q,
            answered: 6,
            shown: true,
            counts: { ehr: { drains: 0, sustains: 0, picks: 4 } },
          },
          { question: question('mark'), answered: 2, shown: false, counts: {} },
        ],
      },
      5,
    );
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'question,kind,answered,factor_id,factor,domain,drains,sustains,picked,note',
    );
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",pick,6,workload,Workload,Work environment,,,0,`);
    expect(lines[4]).toBe(`"'=HYPERLINK(""x"")",pick,6,ehr,Ehr,Work environment,,,4,`);
    expect(lines[5]).toBe('Work environment,mark,2,,,,,,,fewer than 5 answered: counts not shown');
  });
});

describe('the layer’s badges', () => {
  const base = computeBaseAngles(index.model);
  const zoomed = (radius: number) => {
    const arc = base.domains.find((d) => d.id === 'society-and-culture');
    const layout = computeRadialLayout(index.model, base, viewFor(arc), radius);
    return new Map([...layout.domains, ...layout.factors].map((s) => [s.id, s]));
  };
  const counts = {
    'media-portrayal': { drains: 3, sustains: 12, picks: 0 },
    'culture-of-safety-and-transparency': { drains: 0, sustains: 0, picks: 7 },
    'work-schedules': { drains: 0, sustains: 0, picks: 0 },
    'society-and-culture': { drains: 1, sustains: 0, picks: 0 },
    'not-drawn': { drains: 1, sustains: 0, picks: 0 },
  };

  it('go on the factors with counts, a part a kind, inside each segment and clear of its name', () => {
    const segments = zoomed(400);
    const { badges, unplaced } = badgesFor(segments, counts);
    expect(badges.map((b) => b.id).sort()).toEqual([
      'culture-of-safety-and-transparency',
      'media-portrayal',
    ]);
    expect(unplaced).toEqual([]);
    const media = badges.find((b) => b.id === 'media-portrayal')!;
    expect(media.parts.map((p) => [p.kind, p.count])).toEqual([
      ['drains', 3],
      ['sustains', 12],
    ]);
    for (const b of badges) {
      const s = segments.get(b.id)!;
      for (const [x, y] of [
        [b.x - b.width / 2, b.y - b.height / 2],
        [b.x + b.width / 2, b.y + b.height / 2],
      ]) {
        const r = Math.hypot(x!, y!);
        expect(r).toBeGreaterThan(s.innerRadius);
        expect(r).toBeLessThan(s.outerRadius);
      }
      // Clear of the name: the label's anchor is not under the badge.
      const label = s.label as { x: number; y: number };
      expect(Math.abs(label.x - b.x) > b.width / 2 || Math.abs(label.y - b.y) > b.height / 2).toBe(
        true,
      );
    }
  });

  it('lie along the radius on a whole ring’s thin segments, clear of the name at the outer end', () => {
    const layout = computeRadialLayout(index.model, base, FULL_VIEW, 450);
    const segments = new Map([...layout.domains, ...layout.factors].map((s) => [s.id, s]));
    const picks = Object.fromEntries(
      layout.factors.map((f) => [f.id, { drains: 0, sustains: 0, picks: 5 }]),
    );
    const along = badgesFor(segments, picks).badges.filter((b) => b.rotate !== 0);
    expect(along.length).toBeGreaterThan(5);
    for (const b of along) {
      const s = segments.get(b.id)!;
      const label = s.label as { rotate: number; lines: string[]; fontSize: number };
      expect(b.rotate).toBe(label.rotate);
      const r = Math.hypot(b.x, b.y);
      const middle = (s.innerRadius + s.outerRadius) / 2;
      const length = Math.max(...label.lines.map((l) => estimateTextWidth(l, label.fontSize)));
      // The badge's run of radii and the name's do not meet.
      expect(Math.abs(r - middle)).toBeGreaterThanOrEqual(length / 2 + b.width / 2);
      expect(r + b.width / 2).toBeLessThanOrEqual(s.outerRadius);
    }
  });

  it('name the factors a small drawing has no room for, for the table to show', () => {
    const { badges, unplaced } = badgesFor(zoomed(120), counts);
    expect([...badges.map((b) => b.id), ...unplaced].sort()).toEqual([
      'culture-of-safety-and-transparency',
      'media-portrayal',
    ]);
    expect(unplaced.length).toBeGreaterThan(0);
  });
});

describe('the presenter’s status line', () => {
  const room = {
    question: question('pick'),
    open: true,
    threshold: 5,
    resultsVisible: true,
  } as PresenterRoom;
  const snap = (answered: number, shown: boolean) => ({
    questionId: 'q-pick',
    answered,
    threshold: 5,
    shown,
    counts: {},
    version: 1,
    at: 0,
  });
  it('says what a presenter needs first', () => {
    const q = question('pick');
    expect(roomStatus({ room, snapshot: null, connection: 'lost', question: q }).text).toMatch(
      /^The room server cannot be reached/,
    );
    expect(
      roomStatus({ room, snapshot: snap(1, false), connection: 'open', question: q }).text,
    ).toBe('1 has answered. Their answers show once 5 have.');
    expect(
      roomStatus({
        room: { ...room, open: false },
        snapshot: snap(6, true),
        connection: 'open',
        question: q,
      }).text,
    ).toBe('6 have answered: their answers are on the diagram. Answers are paused.');
    expect(
      roomStatus({
        room: { ...room, resultsVisible: false },
        snapshot: snap(6, true),
        connection: 'open',
        question: q,
      }).text,
    ).toBe('6 have answered: results are hidden.');
    expect(roomStatus({ room, snapshot: null, connection: 'open', question: null }).text).toMatch(
      /asks the room nothing/,
    );
    expect(
      roomStatus({ room, snapshot: snap(6, true), connection: 'open', question: q, unplaced: 3 })
        .text,
    ).toBe(
      '6 have answered: their answers are on the diagram, and in the table where it has no room.',
    );
  });
});

describe('the page’s policy', () => {
  it('names the room server’s origin in connect-src, and nothing wider', () => {
    expect(roomServerOrigin('https://rooms.example.org/path/')).toBe('https://rooms.example.org');
    expect(roomServerOrigin(undefined)).toBeNull();
    expect(() => roomServerOrigin('ws://rooms.example.org')).toThrow(/http/);
    expect(cspFor('http://127.0.0.1:8787')['connect-src']).toBe(
      "'self' https: http://127.0.0.1:8787",
    );
    expect(cspFor(undefined)['connect-src']).toBe("'self' https:");
  });
});

describe('sending an answer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const answer = {
    kind: 'answer' as const,
    questionId: 'q',
    answer: { kind: 'pick' as const, picks: ['ehr'] },
  };
  function sender(responses: (() => unknown)[]) {
    const statuses: SendStatus[] = [];
    const kept: unknown[] = [];
    const calls: { path: string; method?: string; body?: unknown }[] = [];
    const request = vi.fn(async (path: string, init: { method?: string; body?: unknown } = {}) => {
      calls.push({ path, ...init });
      const next = responses.shift();
      return next ? next() : { ok: true, version: 1 };
    });
    const s = new AnswerSender({
      code: 'ABCDEF',
      token: 't'.repeat(43),
      onStatus: (st) => statuses.push(st),
      persist: (p) => kept.push(p),
      request: request as never,
    });
    return { s, statuses, kept, calls };
  }

  it('tries again after no answer or a 5xx, with a growing pause, until acknowledged', async () => {
    const { s, statuses, kept, calls } = sender([
      () => {
        throw new TypeError('offline');
      },
      () => {
        throw new RoomRequestError(503, 'The room server is full: try again later.');
      },
      () => ({ ok: true, version: 7 }),
    ]);
    s.send(answer);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toMatchObject({
      state: 'waiting',
      retryInMs: 1000,
      message: 'No connection to the room.',
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toMatchObject({ state: 'waiting', retryInMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses.at(-1)).toMatchObject({ state: 'sent', version: 7 });
    expect(calls).toHaveLength(3);
    expect(calls[0]).toMatchObject({
      path: '/api/join/ABCDEF/answer',
      method: 'PUT',
      body: { questionId: 'q', token: 't'.repeat(43) },
    });
    // Kept until acknowledged, then let go.
    expect(kept).toEqual([answer, null]);
  });

  it('waits out answers being paused, and sends at once when they reopen', async () => {
    const { s, statuses, calls } = sender([
      () => {
        throw new RoomRequestError(409, 'Answers are paused for now.', 'paused');
      },
    ]);
    s.send(answer);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(statuses.at(-1)).toEqual({ state: 'paused' });
    expect(calls).toHaveLength(1);
    s.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toMatchObject({ state: 'sent' });
  });

  it('stops with the server’s sentence when retrying cannot help', async () => {
    const { s, statuses, kept } = sender([
      () => {
        throw new RoomRequestError(409, 'That question has closed.', 'closed');
      },
    ]);
    s.send(answer);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(statuses.at(-1)).toEqual({
      state: 'refused',
      message: 'That question has closed.',
      reason: 'closed',
    });
    expect(kept.at(-1)).toBeNull();
  });

  it('sends only the newest: a change made while one waits replaces it', async () => {
    const { s, calls, statuses } = sender([
      () => {
        throw new TypeError('offline');
      },
    ]);
    s.send(answer);
    await vi.advanceTimersByTimeAsync(0);
    s.send({ kind: 'withdraw', questionId: 'q' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'DELETE']);
    expect(statuses.at(-1)).toMatchObject({ state: 'sent', outgoing: { kind: 'withdraw' } });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(calls).toHaveLength(2);
  });
});
