/// <reference lib="webworker" />
// The model checker's own thread: reading, parsing and validating a big model happen here, so the
// page keeps answering while they run (src/model/openClient.ts starts it).
import { openModel } from './open';
import { handleOpenMessage, type OpenReply } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<unknown>) =>
  void handleOpenMessage(event.data, (reply: OpenReply) => self.postMessage(reply), openModel);
