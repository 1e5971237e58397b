import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Interaction } from '../domain/interaction';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { fromInteractionRow, toInteractionRow } from './interaction-rows';
import { interactions } from './schema';
import { StoreError } from './store-error';

/** Waiting calls in routing order: priority first (1 is served first), then rank (time entered the queue, or earlier). */
export const routingOrder = [asc(interactions.priority), asc(interactions.queueRank), asc(interactions.id)];

/**
 * Interactions' live state over a database or transaction handle. `lock*` only mean something inside
 * `Store.transaction`: the row stays locked until that transaction ends.
 */
export function interactionRepository(db: Db) {
  const byCallId = (tenantId: string, callId: string) =>
    db
      .select()
      .from(interactions)
      .where(and(eq(interactions.tenantId, tenantId), eq(interactions.callId, callId)));
  const byId = (tenantId: string, id: string) =>
    db
      .select()
      .from(interactions)
      .where(and(eq(interactions.tenantId, tenantId), eq(interactions.id, id)));
  const one = async (rows: Promise<(typeof interactions.$inferSelect)[]>) => {
    const [row] = await rows;
    return row === undefined ? undefined : fromInteractionRow(row);
  };

  return {
    /** Stores a new interaction; `false` when its call id is already stored (Graph repeats notifications). */
    insert: (interaction: Interaction): Promise<boolean> =>
      storeOperation(
        'interactions.insert',
        { interactionId: interaction.id, callId: interaction.callId },
        async () => {
          const rows = await db
            .insert(interactions)
            .values(toInteractionRow(interaction))
            .onConflictDoNothing({ target: interactions.callId })
            .returning({ id: interactions.id });
          return rows.length === 1;
        },
      ),

    /** The interaction of a Graph call, if stored. */
    findByCallId: (tenantId: string, callId: string) => one(byCallId(tenantId, callId)),

    /** The interaction with this id in this tenant, if stored. */
    get: (tenantId: string, id: string) => one(byId(tenantId, id)),

    /** Reads and locks (`FOR UPDATE`) the interaction of a call until the transaction ends. */
    lockByCallId: (tenantId: string, callId: string) => one(byCallId(tenantId, callId).for('update')),

    /** Reads and locks (`FOR UPDATE`) an interaction until the transaction ends. */
    lock: (tenantId: string, id: string) => one(byId(tenantId, id).for('update')),

    /**
     * Writes an interaction a transition returned, whose `version` is one more than the stored one.
     * Throws `StoreError` `staleVersion` when someone else wrote first, `notFound` when there is no such row.
     */
    update: (next: Interaction): Promise<void> => {
      const context = { interactionId: next.id, tenantId: next.tenantId, version: next.version };
      return storeOperation('interactions.update', context, async () => {
        const { id, tenantId, callId, arrivedAt, ...changes } = toInteractionRow(next);
        const written = await db
          .update(interactions)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(
            and(
              eq(interactions.tenantId, tenantId),
              eq(interactions.id, id),
              eq(interactions.version, next.version - 1),
            ),
          )
          .returning({ id: interactions.id });
        if (written.length === 1) return;
        const exists = await byId(tenantId, id);
        throw new StoreError(
          exists.length === 0 ? 'notFound' : 'staleVersion',
          'interactions.update',
          context,
        );
      });
    },

    /** Calls waiting in a queue, in routing order (priority, then rank). */
    waiting: async (tenantId: string, queueId: string, limit = 1000): Promise<Interaction[]> => {
      const rows = await db
        .select()
        .from(interactions)
        .where(waitingIn(tenantId, queueId))
        .orderBy(...routingOrder)
        .limit(limit);
      return rows.map(fromInteractionRow);
    },

    /** Interactions whose call the bot still holds (not yet handed to an agent, not ended). */
    held: async (tenantId: string): Promise<Interaction[]> => {
      const rows = await db
        .select()
        .from(interactions)
        .where(
          and(
            eq(interactions.tenantId, tenantId),
            inArray(interactions.stateKind, ['answering', 'inFlow', 'queued', 'offering', 'closing']),
          ),
        )
        .orderBy(asc(interactions.arrivedAt));
      return rows.map(fromInteractionRow);
    },

    /** How many calls wait in each queue of a tenant; queues with none are absent. */
    queueLengths: async (tenantId: string): Promise<Record<string, number>> => {
      const rows = await db
        .select({ queueId: interactions.queueId, waiting: count() })
        .from(interactions)
        .where(and(eq(interactions.tenantId, tenantId), eq(interactions.stateKind, 'queued')))
        .groupBy(interactions.queueId);
      return Object.fromEntries(rows.map((row) => [row.queueId ?? '', row.waiting]));
    },
  };
}

/** The condition of a call waiting in a queue. */
export function waitingIn(tenantId: string, queueId: string) {
  return and(
    eq(interactions.tenantId, tenantId),
    eq(interactions.queueId, queueId),
    eq(interactions.stateKind, 'queued'),
  );
}

/** Interactions' live state, bound to a handle. */
export type InteractionRepository = ReturnType<typeof interactionRepository>;
