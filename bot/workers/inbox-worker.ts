import type { Logger } from 'pino';
import type { Store } from '../../src/store';
import type { CallFact } from '../calling';
import { type Loop, startLoop } from './loop';

/** How long the instance that acknowledged facts has to process them before another may (ms). */
export const INBOX_GRACE_MS = 3_000;

/**
 * Processes facts the webhook acknowledged but whose instance never finished them (it died, or is stuck):
 * every `everyMs`, takes over due inbox rows, dispatches their facts again and removes them. Processing is
 * idempotent (Graph repeats notifications too), so facts processed twice change nothing twice.
 */
export function startInboxWorker(deps: {
  store: Store;
  dispatch(facts: CallFact[]): Promise<void>;
  logger: Logger;
  now(): number;
  everyMs?: number;
}): Loop {
  return startLoop(
    'inbox',
    deps.everyMs ?? 1000,
    async () => {
      const now = deps.now();
      const rows = await deps.store.inbox.takeDue(now, now + INBOX_GRACE_MS);
      for (const row of rows) {
        deps.logger.warn(
          { tenantId: row.tenantId, inboxId: row.id },
          'processing facts another instance left',
        );
        await deps.dispatch(row.facts as CallFact[]);
        await deps.store.inbox.remove(row.id);
      }
    },
    deps.logger,
  );
}
