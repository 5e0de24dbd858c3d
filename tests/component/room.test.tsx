import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerForm } from '../../src/features/room/AnswerForm';
import { resetLiveRoom } from '../../src/features/room/liveRoom';
import { question } from '../server/helpers';
import { currentUrl, renderApp } from './renderApp';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  resetLiveRoom();
  localStorage.clear();
  sessionStorage.clear();
});

describe('the presenter’s live room', () => {
  it('says that live rooms need the room server when the site has none', async () => {
    // A static host answers the health check with its page, not the server's JSON.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<!doctype html>', { status: 200 })),
    );
    const { user } = renderApp('/present');
    await screen.findByRole('heading', { level: 1, name: 'The whole model at a glance' });
    await user.click(screen.getByRole('button', { name: 'Live room' }));
    expect(
      await screen.findByText(/Live rooms need the room server, and this site has none/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start a live room' })).toBeNull();
    // The presentation goes on.
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(currentUrl.search).toBe('?step=2');
  });

  it('offers a room with a threshold from 3 to 10, 5 by default, when a server answers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ok: true, snapshotMs: 2000 })),
    );
    const { user } = renderApp('/present');
    await screen.findByRole('heading', { level: 1, name: 'The whole model at a glance' });
    await user.click(screen.getByRole('button', { name: 'Live room' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Start a live room' })).toBeEnabled(),
    );
    const threshold = screen.getByLabelText('Show results once this many have answered');
    expect(threshold).toHaveValue('5');
    expect([...(threshold as HTMLSelectElement).options].map((o) => o.value)).toEqual([
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('is asked for from the explorer’s Share dialog', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ok: true })),
    );
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: /^Share/ }));
    // jsdom has no showModal: the dialog's content is there, but not "open".
    await user.click(await screen.findByRole('link', { name: 'Start a live room', hidden: true }));
    expect(currentUrl.path).toBe('/present');
    expect(await screen.findByRole('button', { name: 'Start a live room' })).toBeVisible();
  });
});

describe('the join page', () => {
  it('asks for a code, says what one looks like, and goes to the room', async () => {
    vi.stubGlobal(
      'EventSource',
      class {
        addEventListener() {}
        close() {}
      },
    );
    const { user } = renderApp('/join');
    const field = await screen.findByLabelText('Join code');
    expect(
      screen.getByText(/deleted when the presenter ends the room, or after 24 hours at the latest/),
    ).toBeVisible();
    await user.type(field, 'abc');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(screen.getByRole('alert')).toHaveTextContent('A join code has six letters and digits');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.type(field, 'km4 7tx');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(currentUrl.path).toBe('/join/KM47TX');
    expect(await screen.findByText('Joining…')).toBeVisible();
  });
});

describe('a participant’s answer', () => {
  const token = 't'.repeat(43);

  it('picks at most three, with plain checkboxes, and says so', async () => {
    const user = userEvent.setup();
    render(<AnswerForm code="ABCDEF" question={question('pick')} open token={token} />);
    expect(screen.getByText('Pick up to 3 that reach into your working day.')).toBeVisible();
    for (const name of ['Workload', 'Autonomy', 'Staffing'])
      await user.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByRole('checkbox', { name: 'Ehr' })).toBeDisabled();
    expect(screen.getByText('3 of 3 picked: untick one to pick another.')).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Autonomy' }));
    expect(screen.getByRole('checkbox', { name: 'Ehr' })).toBeEnabled();
  });

  it('marks each factor in a radio group named by it, sends, and can be withdrawn', async () => {
    const fetch = vi.fn(async () => json({ ok: true, version: 3 }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    render(<AnswerForm code="ABCDEF" question={question('mark')} open token={token} />);
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Mark at least one factor');
    expect(fetch).not.toHaveBeenCalled();
    const workload = screen.getByRole('group', { name: 'Workload' });
    expect(workload).toContainElement(screen.getAllByRole('radio', { name: 'Drains me' })[0]!);
    await user.click(screen.getAllByRole('radio', { name: 'Drains me' })[0]!);
    await user.click(screen.getAllByRole('radio', { name: 'Sustains me' })[1]!);
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText(/^Sent\. You can change it/)).toBeVisible();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/join/ABCDEF/answer');
    expect(JSON.parse(init.body as string)).toEqual({
      token,
      questionId: 'q-mark',
      answer: { kind: 'mark', marks: { workload: 'drains', autonomy: 'sustains' } },
    });
    // No cookie and no referrer go with it.
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    await user.click(screen.getByRole('button', { name: 'Withdraw my answer' }));
    expect(await screen.findByText('Your answer is withdrawn.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send my answer' })).toBeVisible();
  });

  it('keeps an answer the server has not acknowledged, and sends it again after a reload', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    const user = userEvent.setup();
    localStorage.setItem(
      'cwb-room:ABCDEF',
      JSON.stringify({ token, joinedAt: Date.now(), sent: null, pending: null }),
    );
    const first = render(
      <AnswerForm code="ABCDEF" question={question('pick')} open token={token} />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Ehr' }));
    await user.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText(/your answer is kept until it is sent/)).toBeVisible();
    first.unmount();
    const fetch = vi.fn(async () => json({ ok: true, version: 1 }));
    vi.stubGlobal('fetch', fetch);
    render(<AnswerForm code="ABCDEF" question={question('pick')} open token={token} />);
    expect(screen.getByRole('checkbox', { name: 'Ehr' })).toBeChecked();
    expect(await screen.findByText(/^Sent\./)).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
