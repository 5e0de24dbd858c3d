import type { LoadResult } from './load';
import type { OpenRequest } from './open';
import type { Model } from './types';
import type { OpenMessage, OpenReply } from './workerProtocol';

/** The part of a Worker this client uses, so tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: OpenMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<OpenReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** A real module worker, or null where the browser (or test runner) has none. */
export function startModelWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./modelWorker.ts', import.meta.url), {
    type: 'module',
    name: 'model-checker',
  }) as unknown as WorkerLike;
}

/** The same work on this thread, for where no worker can start; loads the validator on demand. */
const openHere = async (request: OpenRequest) => (await import('./open')).openModel(request);

let nextId = 1;

/**
 * Opens an untrusted model in a worker of its own, so the page never freezes. Resolves with the
 * result, or with null once `signal` aborts (the worker is stopped, so a superseded request can
 * never land). If the worker cannot start, the same work runs on this thread.
 */
export function openUntrusted(
  request: OpenRequest,
  signal: AbortSignal,
  createWorker: () => WorkerLike | null = startModelWorker,
  fallback: (request: OpenRequest) => Promise<LoadResult<Model>> = openHere,
): Promise<LoadResult<Model> | null> {
  if (signal.aborted) return Promise.resolve(null);
  const unlessAborted = (result: LoadResult<Model>) => (signal.aborted ? null : result);
  let worker: WorkerLike | null;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (!worker) return fallback(request).then(unlessAborted);
  const id = nextId++;
  const running = worker;
  return new Promise((resolve) => {
    const stop = () => {
      running.onmessage = null;
      running.onerror = null;
      running.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      resolve(null);
    };
    signal.addEventListener('abort', onAbort);
    running.onmessage = (event) => {
      if (event.data?.id !== id) return;
      stop();
      resolve(unlessAborted(event.data.result));
    };
    running.onerror = () => {
      // The worker's script could not run (an old browser, a strict host): do it here instead.
      stop();
      void fallback(request).then((result) => resolve(unlessAborted(result)));
    };
    running.postMessage({ id, request });
  });
}
