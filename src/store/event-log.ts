import { and, asc, eq, gt, gte, type SQL } from 'drizzle-orm';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { type EventRow, events } from './schema';

/** One event to append. Give a `dedupeKey` when the write may be retried: the key is unique per tenant. */
export interface NewEvent {
  tenantId: string;
  interactionId?: string;
  agentId?: string;
  name: string;
  /** Wall-clock ms the event happened. */
  at: number;
  data?: Record<string, unknown>;
  dedupeKey?: string;
}

/** What `list` returns: by tenant, optionally from a time, after a sequence number, or for one interaction. */
export interface EventQuery {
  tenantId: string;
  /** Only events at or after this wall-clock ms. */
  since?: number;
  /** Only events with a `seq` above this, to tail the log. */
  afterSeq?: number;
  interactionId?: string;
  limit?: number;
}

/** The append-only event log over a database or transaction handle. */
export function eventLog(db: Db) {
  return {
    /** Appends events, silently dropping any whose `dedupeKey` is already stored; returns how many were added. */
    append: (batch: NewEvent[]): Promise<number> =>
      storeOperation('events.append', { tenantId: batch[0]?.tenantId }, async () => {
        if (batch.length === 0) return 0;
        const rows = batch.map((event) => ({
          tenantId: event.tenantId,
          interactionId: event.interactionId ?? null,
          agentId: event.agentId ?? null,
          name: event.name,
          at: event.at,
          data: event.data ?? {},
          dedupeKey: event.dedupeKey ?? null,
        }));
        const added = await db
          .insert(events)
          .values(rows)
          .onConflictDoNothing({ target: [events.tenantId, events.dedupeKey] })
          .returning({ seq: events.seq });
        return added.length;
      }),

    /** Events in the order they were appended. */
    list: (query: EventQuery): Promise<EventRow[]> => {
      const conditions: (SQL | undefined)[] = [
        eq(events.tenantId, query.tenantId),
        query.since === undefined ? undefined : gte(events.at, query.since),
        query.afterSeq === undefined ? undefined : gt(events.seq, query.afterSeq),
        query.interactionId === undefined ? undefined : eq(events.interactionId, query.interactionId),
      ];
      return db
        .select()
        .from(events)
        .where(and(...conditions))
        .orderBy(asc(events.seq))
        .limit(query.limit ?? 10_000);
    },
  };
}

/** The event log, bound to a handle. */
export type EventLog = ReturnType<typeof eventLog>;
