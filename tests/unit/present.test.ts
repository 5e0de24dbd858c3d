import { describe, expect, it, vi } from 'vitest';
import {
  openPresentLink,
  type ChannelLike,
  type PresentMessage,
} from '../../src/features/present/channel';
import {
  defaultSteps,
  formatSequence,
  guidedSteps,
  MAX_SEQUENCE,
  parseSequence,
  sequenceSteps,
  stepView,
} from '../../src/features/present/steps';
import { presentKeyAction } from '../../src/features/present/usePresentKeys';
import type { Presentation } from '../../src/model/types';
import { validatePresentation } from '../../src/model/validate';
import { bundledIndex, readJson, smallModel } from './helpers';
import { buildIndex } from '../../src/model/indices';

const index = bundledIndex();

describe('the bundled presentation', () => {
  const result = validatePresentation(readJson('data/presentation.json'));
  const presentation = result.ok ? result.value : (null as unknown as Presentation);

  it('is valid, for the NAM model, and covers overview, centre, every domain, outcomes and help', () => {
    expect(result.ok).toBe(true);
    expect(presentation.model).toBe(index.model.id);
    const { steps, skipped } = guidedSteps(index, presentation);
    expect(skipped).toEqual([]);
    expect(steps.map((s) => s.kind)).toEqual([
      'model',
      'centre',
      ...index.model.domains.map(() => 'domain'),
      'outcomes',
      'help',
    ]);
    expect(
      steps
        .filter((s) => s.kind === 'domain')
        .map((s) => s.targetId)
        .sort(),
    ).toEqual(index.model.domains.map((d) => d.id).sort());
    for (const step of steps.slice(0, -1)) expect(step.points.length).toBeGreaterThan(1);
  });

  it('carries no phone numbers: crisis support on the help step is the app’s own', () => {
    const text = JSON.stringify(presentation);
    expect(text).not.toMatch(/\d{3}-\d{3}-\d{4}|988/);
  });
});

describe('a sequence from a link', () => {
  it('keeps known domains and factors in order, repeats included', () => {
    expect(parseSequence('autonomy, society-and-culture,autonomy', index)).toEqual({
      ids: ['autonomy', 'society-and-culture', 'autonomy'],
      skipped: [],
      truncated: false,
    });
  });

  it('skips unknown ids and names them, never throwing', () => {
    expect(parseSequence('autonomy,<script>,clinician-well-being,,nope', index)).toEqual({
      ids: ['autonomy'],
      skipped: ['<script>', 'clinician-well-being', 'nope'],
      truncated: false,
    });
  });

  it('is empty for an empty or missing parameter', () => {
    expect(parseSequence('', index).ids).toEqual([]);
    expect(parseSequence(null, index).ids).toEqual([]);
  });

  it('is cut at the most a link may carry, and says so', () => {
    const long = Array(MAX_SEQUENCE + 5)
      .fill('autonomy')
      .join(',');
    const result = parseSequence(long, index);
    expect(result.ids).toHaveLength(MAX_SEQUENCE);
    expect(result.truncated).toBe(true);
  });

  it('round-trips through the link format and plays as steps with descriptions', () => {
    const ids = ['work-schedules', 'organizational-factors'];
    expect(parseSequence(formatSequence(ids), index).ids).toEqual(ids);
    const steps = sequenceSteps(index, ids);
    expect(steps.map((s) => [s.kind, s.title])).toEqual([
      ['factor', 'Work schedules'],
      ['domain', 'Organizational Factors'],
    ]);
    expect(steps[0]!.points[0]).toBe('Part of Learning/Practice Environment.');
  });
});

describe('what a step shows', () => {
  it('zooms into a domain, lights it and its factors, and dims the rest', () => {
    const step = sequenceSteps(index, ['rules-and-regulations'])[0];
    const view = stepView(index, step);
    expect(view.zoomedDomainId).toBe('rules-and-regulations');
    expect(view.lit.size).toBe(10);
    expect(view.dimmed.has('autonomy')).toBe(true);
    expect(view.dimmed.has('litigation-risk')).toBe(false);
  });

  it('zooms into a factor’s domain and lights only the factor', () => {
    const view = stepView(index, sequenceSteps(index, ['autonomy'])[0]);
    expect(view.zoomedDomainId).toBe('learning-practice-environment');
    expect([...view.lit]).toEqual(['autonomy']);
  });

  it('shows the whole model undimmed for the overview, and dims every ring for the centre', () => {
    const steps = defaultSteps(index);
    expect(stepView(index, steps[0]).dimmed.size).toBe(0);
    expect(stepView(index, steps[1]).dimmed.size).toBe(7 + 67);
  });

  it('builds a tour for any model from its own descriptions', () => {
    const small = buildIndex(smallModel());
    const steps = defaultSteps(small);
    expect(steps[0]!.title).toBe('A small team-health model');
    expect(steps.filter((s) => s.kind === 'domain')).toHaveLength(3);
    expect(steps.at(-1)!.kind).toBe('help');
  });
});

describe('the keys a presenter and a clicker send', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'toggleBlank'],
    ['.', 'toggleBlank'],
    ['Escape', 'leave'],
    ['7', 'digit'],
    ['Enter', 'enter'],
    ['x', null],
  ])('%j → %s', (key, action) => {
    expect(presentKeyAction(key)).toBe(action);
  });
});

describe('the link between the presentation and its speaker view', () => {
  /** Two ends of one channel, as two windows would have. */
  function pair() {
    const ends: ChannelLike[] = [];
    const make = (): ChannelLike => {
      const end: ChannelLike = {
        onmessage: null,
        postMessage: (m: PresentMessage) =>
          ends.filter((e) => e !== end).forEach((e) => e.onmessage?.({ data: m } as MessageEvent)),
        close: () => {},
      };
      ends.push(end);
      return end;
    };
    return make;
  }

  it('passes steps both ways and knows when the other window is there or gone', () => {
    vi.useFakeTimers();
    const now = 0;
    const clock = () => now;
    const make = pair();
    const toMain: PresentMessage[] = [];
    const toNotes: PresentMessage[] = [];
    const mainPresence: boolean[] = [];
    const main = openPresentLink(
      'main',
      (m) => toMain.push(m),
      (h) => mainPresence.push(h),
      make(),
      clock,
    );
    const notes = openPresentLink(
      'notes',
      (m) => toNotes.push(m),
      () => {},
      make(),
      clock,
    );
    expect(mainPresence).toEqual([true]);
    main.send({ type: 'state', step: 3, search: '', startedAt: 0 });
    notes.send({ type: 'go', step: 4 });
    expect(toNotes).toEqual([{ type: 'state', step: 3, search: '', startedAt: 0 }]);
    expect(toMain).toEqual([{ type: 'go', step: 4 }]);
    // The notes window closes: the main one is told at once.
    notes.close();
    expect(mainPresence).toEqual([true, false]);
    expect(main.otherIsHere()).toBe(false);
    main.close();
    vi.useRealTimers();
  });

  it('tells the other window at once when its page is closed or left', () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    const make = pair();
    const presence: boolean[] = [];
    const notes = openPresentLink(
      'notes',
      () => {},
      (h) => presence.push(h),
      make(),
    );
    const main = openPresentLink(
      'main',
      () => {},
      () => {},
      make(),
    );
    expect(presence).toEqual([true]);
    page.dispatchEvent(new Event('pagehide'));
    expect(presence).toEqual([true, false]);
    expect(notes.otherIsHere()).toBe(false);
    main.close();
    notes.close();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('counts a silent window as gone after a few seconds', () => {
    vi.useFakeTimers();
    let now = 0;
    const make = pair();
    const presence: boolean[] = [];
    const main = openPresentLink(
      'main',
      () => {},
      (h) => presence.push(h),
      make(),
      () => now,
    );
    const silent = make();
    silent.postMessage({ type: 'here', role: 'notes' });
    expect(presence).toEqual([true]);
    now = 5000;
    vi.advanceTimersByTime(1000);
    expect(presence).toEqual([true, false]);
    main.close();
    vi.useRealTimers();
  });
});
