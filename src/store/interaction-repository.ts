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

    /**
     * The caller's place in their queue, 1 at the head (routing order: priority, rank, id); 1 when the
     * interaction is not queued. A count in SQL: it runs on every transition of a waiting call.
     */
    positionInQueue: async (interaction: Interaction): Promise<number> => {
      const { state } = interaction;
      if (state.kind !== 'queued') return 1;
      const [row] = await db
        .select({ ahead: count() })
        .from(interactions)
        .where(
          and(
            waitingIn(interaction.tenantId, state.queueId),
            sql`(${interactions.priority}, ${interactions.queueRank}, ${interactions.id}) < (${state.priority}, ${state.rank}, ${interaction.id})`,
          ),
        );
      return (row?.ahead ?? 0) + 1;
    },

    /** Interactions whose call the bot still holds (not yet handed to an agent, not ended). */
    held: async (tenantId: string): Promise<Interaction[]> => {
      const rows = await db
        .select()
        .from(interactions)
        .where(
          and(
            eq(interactions.tenantId, tenantId),
            inArray(interactions.stateKind, [
              'answering',
              'inFlow',
              'queued',
              'offering',
              'closing',
              'callbackSetup',
              'recording',
            ]),
            // A callback waiting in the queue holds no call: its caller hung up.
            sql`${interactions.state}->'callback' is null`,
          ),
        )
        .orderBy(asc(interactions.arrivedAt));
      return rows.map(fromInteractionRow);
    },

    /**
     * Locks (`FOR UPDATE SKIP LOCKED`) the task (voicemail) at the head of a queue, in routing order, so
     * instances giving out tasks never give one twice.
     */
    claimTask: async (tenantId: string, queueId: string): Promise<Interaction | undefined> => {
      const [row] = await db
        .select()
        .from(interactions)
        .where(
          and(
            eq(interactions.tenantId, tenantId),
            eq(interactions.queueId, queueId),
            eq(interactions.stateKind, 'taskQueued'),
          ),
        )
        .orderBy(...routingOrder)
        .limit(1)
        .for('update', { skipLocked: true });
      return row === undefined ? undefined : fromInteractionRow(row);
    },

    /** How many tasks wait in each queue of a tenant; queues with none are absent. */
    tasksWaiting: async (tenantId: string): Promise<Record<string, number>> => {
      const rows = await db
        .select({ queueId: interactions.queueId, waiting: count() })
        .from(interactions)
        .where(and(eq(interactions.tenantId, tenantId), eq(interactions.stateKind, 'taskQueued')))
        .groupBy(interactions.queueId);
      return Object.fromEntries(rows.map((row) => [row.queueId ?? '', row.waiting]));
    },

    /** Tasks each agent of a tenant holds now; agents with none are absent. */
    tasksHeld: async (tenantId: string): Promise<Record<string, number>> => {
      const agentId = sql<string>`${interactions.state}->>'agentId'`;
      const rows = await db
        .select({ agentId, held: count() })
        .from(interactions)
        .where(and(eq(interactions.tenantId, tenantId), eq(interactions.stateKind, 'taskAssigned')))
        .groupBy(agentId);
      return Object.fromEntries(rows.map((row) => [row.agentId, row.held]));
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
