/**
 * The presentation and its speaker view talk over a BroadcastChannel: the main window says which
 * step is on show; the notes window asks for a step. Each side says "here" every second, so the
 * other can tell when it has gone.
 */
export type PresentMessage =
  | { type: 'state'; step: number; search: string; startedAt: number }
  | { type: 'go'; step: number }
  | { type: 'here'; role: PresentRole }
  | { type: 'bye'; role: PresentRole };

export type PresentRole = 'main' | 'notes';

export const CHANNEL_NAME = 'cwb-present';
export const HEARTBEAT_MS = 1000;
/** After this long without a word, the other window counts as gone. */
export const GONE_AFTER_MS = 3000;

/** The part of BroadcastChannel used here, so tests can pass a pair of fakes. */
export interface ChannelLike {
  postMessage(message: PresentMessage): void;
  close(): void;
  onmessage: ((event: MessageEvent<PresentMessage>) => void) | null;
}

export interface PresentLink {
  send(message: PresentMessage): void;
  /** Whether the other window has been heard from lately. */
  otherIsHere(now?: number): boolean;
  close(): void;
}

/**
 * Opens this window's end of the link. `onMessage` gets what the other window says (never the
 * heartbeats); `onPresence` is told when the other window comes or goes.
 */
export function openPresentLink(
  role: PresentRole,
  onMessage: (message: PresentMessage) => void,
  onPresence: (here: boolean) => void,
  channel: ChannelLike | null = typeof BroadcastChannel === 'undefined'
    ? null
    : (new BroadcastChannel(CHANNEL_NAME) as unknown as ChannelLike),
  clock: () => number = Date.now,
): PresentLink {
  let lastHeard = -Infinity;
  let wasHere = false;
  const other: PresentRole = role === 'main' ? 'notes' : 'main';
  const check = () => {
    const here = clock() - lastHeard < GONE_AFTER_MS;
    if (here !== wasHere) {
      wasHere = here;
      onPresence(here);
    }
  };
  if (channel)
    channel.onmessage = (event) => {
      const m = event.data;
      if (m.type === 'here' || m.type === 'bye') {
        if (m.role !== other) return;
        lastHeard = m.type === 'here' ? clock() : -Infinity;
        check();
        return;
      }
      lastHeard = clock();
      check();
      onMessage(m);
    };
  const send = (m: PresentMessage) => channel?.postMessage(m);
  send({ type: 'here', role });
  const timer = setInterval(() => {
    send({ type: 'here', role });
    check();
  }, HEARTBEAT_MS);
  // A window being closed or navigated away says so as it goes (the app is not unmounted then),
  // so the other one knows at once rather than after missed heartbeats.
  const leaving = () => send({ type: 'bye', role });
  const page = typeof window === 'undefined' ? null : window;
  page?.addEventListener('pagehide', leaving);
  return {
    send,
    otherIsHere: (now = clock()) => now - lastHeard < GONE_AFTER_MS,
    close() {
      clearInterval(timer);
      page?.removeEventListener('pagehide', leaving);
      leaving();
      channel?.close();
    },
  };
}
