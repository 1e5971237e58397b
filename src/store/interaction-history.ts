import { and, asc, desc, eq, gte, inArray, max, ne, sql } from 'drizzle-orm';
import type { Interaction } from '../domain/interaction';
import type { Db } from './db';
import { fromInteractionRow } from './interaction-rows';
import { type EventRow, events, interactions } from './schema';

/** One offer the event log recorded: which interaction, when. */
export interface RecordedOffer {
  interactionId: string;
  at: number;
  seq: number;
}

/** Options of `byCaller`: leave one interaction out (the one being shown), and how many at most. */
export interface ByCallerOptions {
  excludeId?: string;
  limit?: number;
}

/**
 * Reads of past interactions for the agent workspace: the offers an agent had, the events and rows of a
 * set of interactions, and a caller's earlier interactions with the tenant (customer context).
 */
export function interactionHistory(db: Db) {
  return {
    /** The highest `seq` of the tenant's event log, 0 when it has none: where a live tail starts. */
    lastSeq: async (tenantId: string): Promise<number> => {
      const [row] = await db
        .select({ seq: max(events.seq) })
        .from(events)
        .where(eq(events.tenantId, tenantId));
      return Number(row?.seq ?? 0);
    },

    /** Interactions offered to an agent at or after `since`, in log order (an interaction offered twice twice). */
    offeredTo: async (tenantId: string, agentId: string, since: number): Promise<RecordedOffer[]> => {
      const rows = await db
        .select({ interactionId: events.interactionId, at: events.at, seq: events.seq })
        .from(events)
        .where(
          and(
            eq(events.tenantId, tenantId),
            eq(events.name, 'offered'),
            gte(events.at, since),
            sql`${events.data}->>'agentId' = ${agentId}`,
          ),
        )
        .orderBy(asc(events.seq));
      return rows.flatMap((row) =>
        row.interactionId === null ? [] : [{ ...row, interactionId: row.interactionId }],
      );
    },

    /** The events of these interactions, in log order. */
    eventsOf: async (tenantId: string, interactionIds: readonly string[]): Promise<EventRow[]> => {
      if (interactionIds.length === 0) return [];
      return db
        .select()
        .from(events)
        .where(and(eq(events.tenantId, tenantId), inArray(events.interactionId, [...interactionIds])))
        .orderBy(asc(events.seq));
    },

    /** These interactions of the tenant (others' ids are left out), newest first. */
    interactions: async (tenantId: string, ids: readonly string[]): Promise<Interaction[]> => {
      if (ids.length === 0) return [];
      const rows = await db
        .select()
        .from(interactions)
        .where(and(eq(interactions.tenantId, tenantId), inArray(interactions.id, [...ids])))
        .orderBy(desc(interactions.arrivedAt), asc(interactions.id));
      return rows.map(fromInteractionRow);
    },

    /** The tenant's interactions from one caller number, newest first (20 unless given). */
    byCaller: async (
      tenantId: string,
      caller: string,
      options: ByCallerOptions = {},
    ): Promise<Interaction[]> => {
      const rows = await db
        .select()
        .from(interactions)
        .where(
          and(
            eq(interactions.tenantId, tenantId),
            eq(interactions.caller, caller),
            options.excludeId === undefined ? undefined : ne(interactions.id, options.excludeId),
          ),
        )
        .orderBy(desc(interactions.arrivedAt), asc(interactions.id))
        .limit(options.limit ?? 20);
      return rows.map(fromInteractionRow);
    },
  };
}

/** Reads of past interactions, bound to a handle. */
export type InteractionHistory = ReturnType<typeof interactionHistory>;
