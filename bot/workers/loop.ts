import type { Logger } from 'pino';

/** A background loop: runs `work` every `everyMs`, and at once when kicked; never two runs at a time. */
export interface Loop {
  kick(): void;
  stop(): Promise<void>;
  /** Resolves once the run in progress (if any) and a kicked one have finished. */
  settle(): Promise<void>;
}

export function startLoop(name: string, everyMs: number, work: () => Promise<unknown>, logger: Logger): Loop {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await work();
        } catch (error) {
          logger.error({ err: error, loop: name }, 'background work failed; retrying on the next tick');
        }
      } while (again && !stopped);
      running = undefined;
    })();
    return running;
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return {
    kick: () => void run(),
    settle: async () => {
      while (running) await running;
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      while (running) await running;
    },
  };
}
