import type { LoadResult } from './load';
import type { OpenRequest } from './open';
import type { Model } from './types';

/**
 * The model worker's messages. The page sends one request with an id; the worker answers once
 * with the same id. A reply for any other id is not for this request and is ignored.
 */
export interface OpenMessage {
  id: number;
  request: OpenRequest;
}

export interface OpenReply {
  id: number;
  result: LoadResult<Model>;
}

const isRequest = (r: unknown): r is OpenRequest => {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  if (o.kind === 'url') return typeof o.url === 'string';
  return o.kind === 'file' && o.file instanceof Blob && typeof o.name === 'string';
};

/**
 * The worker's side: opens the requested model and replies once. A message that is not a request
 * gets an error reply (when it has an id to answer) rather than silence.
 */
export async function handleOpenMessage(
  data: unknown,
  reply: (message: OpenReply) => void,
  open: (request: OpenRequest) => Promise<LoadResult<Model>>,
): Promise<void> {
  const message = data as Partial<OpenMessage> | null;
  const id = typeof message?.id === 'number' ? message.id : null;
  if (id === null) return;
  if (!isRequest(message?.request)) {
    reply({
      id,
      result: {
        ok: false,
        error: {
          source: 'the model checker',
          summary: 'It was sent a request it does not understand.',
          issues: [],
        },
      },
    });
    return;
  }
  reply({ id, result: await open(message.request) });
}
