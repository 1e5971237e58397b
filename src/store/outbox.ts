import { and, asc, eq, inArray, isNull, lt, lte, notExists, or, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { GraphCommand } from '../calls/command';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { type OutboxRow, outbox } from './schema';

/** Graph commands of one transition, written in the transaction that stores the state they follow from. */
export interface OutboxEntry {
  tenantId: string;
  interactionId: string;
  commands: GraphCommand[];
  /** Wall-clock ms; the commands are due at once. */
  at: number;
}

/** Options of `claimDue`: who claims, the time now, how many, and how long the claim holds. */
export interface OutboxClaim {
  instanceId: string;
  now: number;
  limit?: number;
  /** How long other instances leave a claimed command alone; 30 s unless given. */
  leaseMs?: number;
  /** Shorter (or longer) leases for some command types, e.g. `{ 'graph.answer': 5_000 }`. */
  leaseMsByType?: Readonly<Record<string, number>>;
}

/** When a claim made at `claim.now` runs out, for each row's command type. */
function leaseEnd(claim: OutboxClaim) {
  const until = (ms: number) => sql`${new Date(claim.now + ms).toISOString()}::timestamptz`;
  const byType = Object.entries(claim.leaseMsByType ?? {});
  const standard = until(claim.leaseMs ?? 30_000);
  if (byType.length === 0) return standard;
  const cases = byType.map(([type, ms]) => sql`when ${type} then ${until(ms)}`);
  return sql`case ${outbox.command}->>'type' ${sql.join(cases, sql` `)} else ${standard} end`;
}

const earlier = alias(outbox, 'earlier');
const unsent = (t: { sentAt: AnyPgColumn; discardedAt: AnyPgColumn }) =>
  and(isNull(t.sentAt), isNull(t.discardedAt));

/** The outbox of Graph commands over a database or transaction handle: at-least-once, in order per call. */
export function outboxRepository(db: Db) {
  return {
    /** Queues a transition's Graph commands in order; returns their ids. */
    enqueue: (entry: OutboxEntry): Promise<number[]> =>
      storeOperation(
        'outbox.enqueue',
        { tenantId: entry.tenantId, interactionId: entry.interactionId },
        async () => {
          if (entry.commands.length === 0) return [];
          const rows = entry.commands.map((command) => ({
            tenantId: entry.tenantId,
            interactionId: entry.interactionId,
            callId: command.callId,
            command,
            createdAt: entry.at,
            nextAttemptAt: entry.at,
          }));
          const ids = await db.insert(outbox).values(rows).returning({ id: outbox.id });
          return ids.map((row) => row.id).sort((a, b) => a - b);
        },
      ),

    /**
     * Claims due commands for one instance (`FOR UPDATE SKIP LOCKED`, then a lease in `claimed_until`),
     * oldest first and only the oldest unsent command of each call, so a call's commands go out in order.
     */
    claimDue: async (claim: OutboxClaim): Promise<OutboxRow[]> => {
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            unsent(outbox),
            lte(outbox.nextAttemptAt, claim.now),
            or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, claim.now)),
            notExists(
              db
                .select({ one: sql`1` })
                .from(earlier)
                .where(and(eq(earlier.callId, outbox.callId), lt(earlier.id, outbox.id), unsent(earlier))),
            ),
          ),
        )
        .orderBy(asc(outbox.id))
        .limit(claim.limit ?? 50)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(outbox)
        .set({
          claimedBy: claim.instanceId,
          claimedUntil: leaseEnd(claim),
          attempts: sql`${outbox.attempts} + 1`,
        })
        .where(inArray(outbox.id, due))
        .returning();
      return rows.sort((a, b) => a.id - b.id);
    },

    /** Records that Graph accepted a command. */
    markSent: async (id: number, at: number): Promise<void> => {
      await db
        .update(outbox)
        .set({ sentAt: at, claimedUntil: null, lastError: null })
        .where(eq(outbox.id, id));
    },

    /** Records a failed attempt; the command is due again at `retryAt` (and holds back its call's later ones). */
    markFailed: async (id: number, error: string, retryAt: number): Promise<void> => {
      await db
        .update(outbox)
        .set({ lastError: error, nextAttemptAt: retryAt, claimedUntil: null })
        .where(eq(outbox.id, id));
    },

    /** Gives up on a command (e.g. Graph says the call is gone), so its call's later commands can go. */
    discard: async (id: number, error: string, at: number): Promise<void> => {
      await db
        .update(outbox)
        .set({ lastError: error, discardedAt: at, claimedUntil: null })
        .where(eq(outbox.id, id));
    },
  };
}

/** The outbox, bound to a handle. */
export type OutboxRepository = ReturnType<typeof outboxRepository>;
