/**
 * A fixed-window counter per key: at most `limit` hits a key in each `windowMs`. Held in memory
 * only, and forgotten when the window passes.
 * @example const l = new WindowLimiter(2, 1000); l.hit('a'); l.hit('a'); l.hit('a') // false
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private sweptAt = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a hit; false when the key is over its limit in this window. */
  hit(key: string): boolean {
    const now = this.now();
    this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.windows.set(key, { count: 1, endsAt: now + this.windowMs });
      return this.limit >= 1;
    }
    window.count++;
    return window.count <= this.limit;
  }

  /** Whether the key is already over its limit (without counting a hit). */
  blocked(key: string): boolean {
    const window = this.windows.get(key);
    return Boolean(window && window.endsAt > this.now() && window.count >= this.limit);
  }

  /** Seconds until the key's window ends. */
  retryAfter(key: string): number {
    const window = this.windows.get(key);
    return window ? Math.max(1, Math.ceil((window.endsAt - this.now()) / 1000)) : 1;
  }

  private sweep(now: number) {
    if (now - this.sweptAt < this.windowMs) return;
    this.sweptAt = now;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/** The limits a server holds to; tests and the bench may set their own. */
export interface Limits {
  /** Rooms made from one network address an hour. */
  roomsPerAddressHour: number;
  /** Wrong join codes from one address a minute, and from everyone a minute. */
  wrongCodesPerAddressMinute: number;
  wrongCodesPerMinute: number;
  /** Answers (or withdrawals) one participant may send in 10 s, and one room may take in 10 s. */
  answersPerToken10s: number;
  answersPerRoom10s: number;
  /** Participants who may answer one question, and streams one room may hold open. */
  participantsPerQuestion: number;
  streamsPerRoom: number;
  /** Live rooms one server may hold. */
  rooms: number;
}

export const DEFAULT_LIMITS: Limits = {
  roomsPerAddressHour: 20,
  wrongCodesPerAddressMinute: 10,
  wrongCodesPerMinute: 300,
  answersPerToken10s: 20,
  answersPerRoom10s: 5000,
  participantsPerQuestion: 2000,
  streamsPerRoom: 2100,
  rooms: 1000,
};
