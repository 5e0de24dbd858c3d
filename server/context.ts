import type { Hub } from './hub.ts';
import type { Limits, WindowLimiter } from './limits.ts';
import type { RoomStore } from './store/types.ts';

/** What every route shares: the store, the open streams, the clock, the limits and counters. */
export interface RoomContext {
  store: RoomStore;
  hub: Hub;
  now: () => number;
  limits: Limits;
  /** A stand-in for a request's address, for counting it against the limits (never stored). */
  addressKey: (address: string) => string;
  limiters: {
    rooms: WindowLimiter;
    wrongCodes: WindowLimiter;
    wrongCodesAll: WindowLimiter;
    answersPerToken: WindowLimiter;
    answersPerRoom: WindowLimiter;
  };
}
