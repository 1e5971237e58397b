import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { queueAlerts } from './schema';

/** One threshold of one queue. */
export interface QueueThreshold {
  tenantId: string;
  queueId: string;
  /** `waitingCalls`, `longestWaitSeconds` or `serviceLevelPercent`. */
  threshold: string;
}

/**
 * Alert states of queue thresholds. `raise` and `clear` change the row only when it is in the other state,
 * in one statement, so of any number of instances seeing one crossing exactly one is told it raised it.
 */
export function queueAlertRepository(db: Db) {
  return {
    /** Marks the threshold crossed; returns the crossing's number to the one caller that raised it, else undefined. */
    raise: (alert: QueueThreshold, at: number): Promise<number | undefined> =>
      storeOperation('queueAlerts.raise', { tenantId: alert.tenantId, queueId: alert.queueId }, async () => {
        const [row] = await db
          .insert(queueAlerts)
          .values({ ...alert, raised: true, crossings: 1, changedAt: at })
          .onConflictDoUpdate({
            target: [queueAlerts.tenantId, queueAlerts.queueId, queueAlerts.threshold],
            set: { raised: true, crossings: sqlIncrement(), changedAt: at },
            setWhere: eq(queueAlerts.raised, false),
          })
          .returning({ crossings: queueAlerts.crossings });
        return row?.crossings;
      }),

    /** Re-arms the threshold once the queue is back under it; true when it was raised. */
    clear: (alert: QueueThreshold, at: number): Promise<boolean> =>
      storeOperation('queueAlerts.clear', { tenantId: alert.tenantId, queueId: alert.queueId }, async () => {
        const rows = await db
          .update(queueAlerts)
          .set({ raised: false, changedAt: at })
          .where(
            and(
              eq(queueAlerts.tenantId, alert.tenantId),
              eq(queueAlerts.queueId, alert.queueId),
              eq(queueAlerts.threshold, alert.threshold),
              eq(queueAlerts.raised, true),
            ),
          )
          .returning({ queueId: queueAlerts.queueId });
        return rows.length === 1;
      }),
  };
}

function sqlIncrement() {
  return sql`${queueAlerts.crossings} + 1`;
}

/** Queue alert states, bound to a handle. */
export type QueueAlertRepository = ReturnType<typeof queueAlertRepository>;
