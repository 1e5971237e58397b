/**
 * Where acknowledged facts wait for processing: at most `concurrency` POSTs processed at a time, new calls
 * first (Graph drops a call not answered within 15 s; everything else can wait its turn), otherwise in
 * arrival order, and one call's POSTs one after another in the order Graph sent them (a `deleted` must not
 * overtake the `terminated` that says the call was transferred). Each job starts after a `setImmediate`, so the event loop reads and acknowledges waiting
 * notifications between jobs even when the store's work runs on it (PGlite's WASM).
 */
export interface DispatchQueue {
  /** Runs `job` in its turn; jobs with the same `key` (a call) never overlap and run in push order. */
  push(job: () => Promise<void>, urgent: boolean, key?: string): Promise<void>;
  /** Jobs waiting or running. */
  size(): number;
}

export function createDispatchQueue(concurrency: number): DispatchQueue {
  if (!(concurrency >= 1))
    throw new RangeError(`dispatch concurrency must be at least 1, got ${concurrency}`);
  const urgent: (() => void)[] = [];
  const normal: (() => void)[] = [];
  const tails = new Map<string, Promise<unknown>>();
  let running = 0;

  const next = () => {
    while (running < concurrency) {
      const start = urgent.shift() ?? normal.shift();
      if (!start) return;
      running++;
      start();
    }
  };

  return {
    push: (job, isUrgent, key) => {
      const before = key === undefined ? undefined : tails.get(key);
      const done = new Promise<void>((resolve, reject) => {
        (isUrgent ? urgent : normal).push(() => {
          setImmediate(() => {
            // The same call's earlier job started first (lanes keep order), so waiting for it cannot deadlock.
            (before ?? Promise.resolve())
              .then(job)
              .then(resolve, reject)
              .finally(() => {
                running--;
                next();
              });
          });
        });
        next();
      });
      if (key !== undefined) {
        const tail = done.catch(() => undefined);
        tails.set(key, tail);
        void tail.then(() => {
          if (tails.get(key) === tail) tails.delete(key);
        });
      }
      return done;
    },
    size: () => running + urgent.length + normal.length,
  };
}
