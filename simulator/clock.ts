/**
 * The simulator's sense of time. Timestamps are wall-clock (a bot checks JWT expiry against its own
 * clock), but every duration the simulator owns (prompt length, ring time, deadlines) is divided by
 * `speed`, so a test can run a 15 s answer deadline in 750 ms at speed 20.
 */
export interface SimClock {
  readonly speed: number;
  now(): number;
  /** Runs `fn` after `simMs` simulated milliseconds. */
  after(simMs: number, fn: () => void): Timer;
  sleep(simMs: number): Promise<void>;
  /** Real milliseconds that `simMs` simulated milliseconds take. */
  real(simMs: number): number;
}

export interface Timer {
  cancel(): void;
}

export function createClock(speed = 1): SimClock {
  if (!(speed > 0) || !Number.isFinite(speed))
    throw new Error(`speed must be a positive number, got ${speed}`);
  const real = (simMs: number) => Math.max(0, simMs / speed);
  return {
    speed,
    now: () => Date.now(),
    real,
    after(simMs, fn) {
      const handle = setTimeout(fn, real(simMs));
      handle.unref?.();
      return { cancel: () => clearTimeout(handle) };
    },
    sleep: (simMs) => new Promise((resolve) => setTimeout(resolve, real(simMs))),
  };
}
