import { describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../src/model/load';
import { openUntrusted, type WorkerLike } from '../../src/model/openClient';
import type { Model } from '../../src/model/types';
import {
  handleOpenMessage,
  type OpenMessage,
  type OpenReply,
} from '../../src/model/workerProtocol';
import { smallModel } from './helpers';

const opened: LoadResult<Model> = { ok: true, value: smallModel() };
const failed = (summary: string): LoadResult<Model> => ({
  ok: false,
  error: { source: 'x', summary, issues: [] },
});

/** A stand-in worker: records what it was sent and lets the test answer. */
class FakeWorker implements WorkerLike {
  sent: OpenMessage[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<OpenReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  postMessage(message: OpenMessage) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: OpenReply) {
    this.onmessage?.({ data: message } as MessageEvent<OpenReply>);
  }
}

const request = { kind: 'url', url: 'https://example.org/m.json' } as const;

describe('the worker’s side', () => {
  it('answers a request once, with its id', async () => {
    const replies: OpenReply[] = [];
    await handleOpenMessage(
      { id: 7, request },
      (r) => replies.push(r),
      async () => opened,
    );
    expect(replies).toEqual([{ id: 7, result: opened }]);
  });

  it('answers a malformed request with an error, and ignores one with no id', async () => {
    const replies: OpenReply[] = [];
    const open = vi.fn(async () => opened);
    await handleOpenMessage({ id: 3, request: { kind: 'ftp' } }, (r) => replies.push(r), open);
    await handleOpenMessage({ request }, (r) => replies.push(r), open);
    expect(open).not.toHaveBeenCalled();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ id: 3, result: { ok: false } });
  });
});

describe('the page’s side', () => {
  it('sends the request, takes only the reply with its id, then stops the worker', async () => {
    const worker = new FakeWorker();
    const pending = openUntrusted(request, new AbortController().signal, () => worker);
    const { id } = worker.sent[0]!;
    expect(worker.sent[0]).toEqual({ id, request });
    worker.reply({ id: id + 1000, result: failed('someone else’s') });
    expect(worker.terminated).toBe(false);
    worker.reply({ id, result: opened });
    expect(await pending).toBe(opened);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker and resolves null when a newer request overtakes it', async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const pending = openUntrusted(request, controller.signal, () => worker);
    controller.abort();
    expect(await pending).toBeNull();
    expect(worker.terminated).toBe(true);
    // A late reply changes nothing.
    worker.reply({ id: worker.sent[0]!.id, result: opened });
  });

  it('does the work on this thread when the worker cannot start or fails to run', async () => {
    const fallback = vi.fn(async () => opened);
    expect(await openUntrusted(request, new AbortController().signal, () => null, fallback)).toBe(
      opened,
    );
    const broken = new FakeWorker();
    const pending = openUntrusted(request, new AbortController().signal, () => broken, fallback);
    broken.onerror?.(new Event('error'));
    expect(await pending).toBe(opened);
    expect(broken.terminated).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('starts nothing for a request already overtaken', async () => {
    const controller = new AbortController();
    controller.abort();
    const create = vi.fn(() => new FakeWorker());
    expect(await openUntrusted(request, controller.signal, create)).toBeNull();
    expect(create).not.toHaveBeenCalled();
  });
});
