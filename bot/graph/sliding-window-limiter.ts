/** How many requests a key may start within any window of `windowMs`, and the clock it is measured on. */
export interface SlidingWindowOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Keeps each key (a tenant) within `limit` starts per sliding window, by waiting rather than exceeding.
 * Each `acquire` reserves its start time at once (the later of now and the start `limit` places earlier plus
 * the window), so concurrent callers queue in order and never overshoot.
 * @example const limiter = new SlidingWindowLimiter({ limit: 1500, windowMs: 30_000 }); await limiter.acquire(tid);
 */
export class SlidingWindowLimiter {
  private readonly starts = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: SlidingWindowOptions) {
    if (!(options.limit >= 1) || !(options.windowMs > 0))
      throw new RangeError('limit must be >= 1 and windowMs > 0');
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Resolves when one more request for `key` may start. */
  async acquire(key: string): Promise<void> {
    const { limit, windowMs } = this.options;
    const now = this.now();
    const starts = (this.starts.get(key) ?? []).filter((start) => start > now - windowMs);
    const start = starts.length < limit ? now : starts[starts.length - limit]! + windowMs;
    starts.push(start);
    this.starts.set(key, starts);
    if (start > now) await this.sleep(start - now);
  }
}
