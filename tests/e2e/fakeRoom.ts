import { readFileSync } from 'node:fs';
import type { BrowserContext, Route } from 'playwright-core';
import type { PresenterRoom, Question, Snapshot } from '../../src/features/room/protocol';

/**
 * A room server played by the browser context (for the layout journeys and `npm run shots`, which
 * run without one): a live room over its threshold, on the Society & Culture step or the overview.
 */
const model = JSON.parse(readFileSync('data/model.json', 'utf8')) as {
  domains: { id: string; label: string; factors: { id: string; label: string }[] }[];
};
export const FAKE_CODE = 'KM47TX';
const domain = model.domains.find((d) => d.id === 'society-and-culture')!;

/** The room on a domain step (each factor marked) or on the overview (every factor, picks). */
function roomOn(step: 'domain' | 'overview') {
  const factors =
    step === 'domain'
      ? domain.factors.map((f) => ({ id: f.id, label: f.label, group: domain.label }))
      : model.domains.flatMap((d) =>
          d.factors.map((f) => ({ id: f.id, label: f.label, group: d.label })),
        );
  const question: Question = {
    id: step === 'domain' ? `domain-${domain.id}-mark` : 'overview-pick',
    kind: step === 'domain' ? 'mark' : 'pick',
    title: step === 'domain' ? domain.label : 'The whole model at a glance',
    factors,
  };
  const room: PresenterRoom = {
    code: FAKE_CODE,
    question,
    open: true,
    threshold: 5,
    expiresAt: Date.now() + 86_400_000,
    roomId: 'r'.repeat(22),
    resultsVisible: true,
    createdAt: Date.now(),
  };
  const snapshot: Snapshot = {
    questionId: question.id,
    answered: 23,
    threshold: 5,
    shown: true,
    counts: Object.fromEntries(
      factors.map((f, i) => [
        f.id,
        step === 'domain'
          ? { drains: (i * 5) % 9, sustains: (i * 3) % 7, picks: 0 }
          : { drains: 0, sustains: 0, picks: (i * 7) % 5 },
      ]),
    ),
    version: 40,
    at: Date.now(),
  };
  return { room, snapshot };
}

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
  'access-control-allow-headers': 'content-type, authorization',
};
const events = (...list: [string, unknown][]) =>
  'retry: 1500\n\n' + list.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join('');

async function answer(route: Route, { room, snapshot }: ReturnType<typeof roomOn>) {
  const request = route.request();
  const path = new URL(request.url()).pathname;
  if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
  const send = (body: unknown, type = 'application/json') =>
    route.fulfill({
      status: 200,
      headers: { ...cors, 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  if (path === '/api/health') return send({ ok: true });
  if (path === '/api/rooms') return send({ room, controlKey: 'k'.repeat(43) });
  if (path.endsWith('/events') && path.startsWith('/api/rooms/'))
    return send(events(['state', room], ['snapshot', snapshot]), 'text/event-stream');
  if (path.endsWith('/events')) {
    const { code, question, open, threshold, expiresAt } = room;
    return send(
      events(['state', { code, question, open, threshold, expiresAt }]),
      'text/event-stream',
    );
  }
  if (path.startsWith('/api/rooms/')) return send(room);
  return route.fulfill({ status: 404, headers: cors, body: '{"error":"No such thing."}' });
}

/** Plays the room server in this context, with its room on a domain step or the overview. */
export const fakeRoomServer =
  (step: 'domain' | 'overview' = 'domain') =>
  (context: BrowserContext) => {
    const played = roomOn(step);
    return context.route(
      (url) => url.pathname.startsWith('/api/'),
      (route) => answer(route, played),
    );
  };
