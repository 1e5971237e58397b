import type { Logger } from 'pino';
import type { CallProcessor } from '../../src/calls';
import type { Store } from '../../src/store';
import { type Loop, startLoop } from './loop';

/** Fires due timer rows, whichever instance set them; a dead instance's timers are picked up after their lease. */
export function startTimerWorker(deps: {
  store: Store;
  processor: CallProcessor;
  instanceId: string;
  logger: Logger;
  now(): number;
  everyMs?: number;
}): Loop {
  return startLoop(
    'timers',
    deps.everyMs ?? 200,
    async () => {
      for (;;) {
        const due = await deps.store.timers.claimDue({
          now: deps.now(),
          instanceId: deps.instanceId,
          limit: 100,
        });
        if (due.length === 0) return;
        for (const timer of due) await deps.processor.timer(timer, deps.now());
      }
    },
    deps.logger,
  );
}
