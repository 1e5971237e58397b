import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { TimerName } from '../calls/call-event';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { type TimerRow, timers } from './schema';

/** A timer an interaction asked for; setting it again moves it. */
export interface TimerSetting {
  tenantId: string;
  interactionId: string;
  name: TimerName;
  /** Wall-clock ms it fires. */
  dueAt: number;
}

/** Options of `claimDue`: the time now, how many, who claims, and how long the claim holds. */
export interface TimerClaim {
  now: number;
  limit?: number;
  instanceId?: string;
  /** How long other instances leave a claimed timer alone; 30 s unless given. */
  leaseMs?: number;
}

/** Timers as rows: set and cancelled in transitions' transactions, claimed by whichever instance is free. */
export function timerRepository(db: Db) {
  const one = (interactionId: string, name: TimerName) =>
    and(eq(timers.interactionId, interactionId), eq(timers.name, name));

  return {
    /** Sets a timer, or moves it if the interaction already has one of that name (its claim is dropped). */
    set: (timer: TimerSetting): Promise<void> =>
      storeOperation('timers.set', { interactionId: timer.interactionId, timer: timer.name }, async () => {
        await db
          .insert(timers)
          .values(timer)
          .onConflictDoUpdate({
            target: [timers.interactionId, timers.name],
            set: { dueAt: timer.dueAt, claimedBy: null, claimedUntil: null },
          });
      }),

    /** Cancels a timer; nothing happens if there is none. */
    cancel: async (interactionId: string, name: TimerName): Promise<void> => {
      await db.delete(timers).where(one(interactionId, name));
    },

    /**
     * Claims due timers, earliest first (`FOR UPDATE SKIP LOCKED`, then a lease in `claimed_until`): a
     * claimed timer is not claimed again until its lease ends, so a dead instance's timers are picked up.
     */
    claimDue: async (claim: TimerClaim): Promise<TimerRow[]> => {
      const due = db
        .select({ id: timers.id })
        .from(timers)
        .where(
          and(
            lte(timers.dueAt, claim.now),
            or(isNull(timers.claimedUntil), lte(timers.claimedUntil, claim.now)),
          ),
        )
        .orderBy(asc(timers.dueAt), asc(timers.id))
        .limit(claim.limit ?? 100)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(timers)
        .set({ claimedBy: claim.instanceId ?? null, claimedUntil: claim.now + (claim.leaseMs ?? 30_000) })
        .where(inArray(timers.id, due))
        .returning();
      return rows.sort((a, b) => a.dueAt - b.dueAt || a.id - b.id);
    },

    /**
     * Deletes a fired timer, only if it is still the one claimed (not moved or cancelled since). Returns
     * `false` when it changed, and then the caller must not deliver it.
     */
    delete: async (claimed: Pick<TimerRow, 'interactionId' | 'name' | 'dueAt'>): Promise<boolean> => {
      const deleted = await db
        .delete(timers)
        .where(and(one(claimed.interactionId, claimed.name), eq(timers.dueAt, claimed.dueAt)))
        .returning({ id: timers.id });
      return deleted.length === 1;
    },
  };
}

/** Timers, bound to a handle. */
export type TimerRepository = ReturnType<typeof timerRepository>;
