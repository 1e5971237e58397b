import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { type ChatNoticeRow, chatCursors, chatNotices } from './schema';

/** A notice to send once: `dedupeKey` names its cause, so writing it again (another instance) adds nothing. */
export interface NewChatNotice {
  tenantId: string;
  recipient: string;
  kind: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
  at: number;
}

/** Options of `claimDue`, as for the Graph outbox. */
export interface ChatNoticeClaim {
  instanceId: string;
  now: number;
  limit?: number;
  /** How long other instances leave a claimed notice alone; 30 s unless given. */
  leaseMs?: number;
}

/** Chat notices as rows (written once, claimed by one instance) and the event-log cursor that writes them. */
export function chatNoticeRepository(db: Db) {
  return {
    /** Writes notices, dropping any whose cause is already written; returns how many were added. */
    enqueue: (batch: NewChatNotice[]): Promise<number> =>
      storeOperation('chatNotices.enqueue', { tenantId: batch[0]?.tenantId }, async () => {
        if (batch.length === 0) return 0;
        const added = await db
          .insert(chatNotices)
          .values(batch.map(({ at, ...notice }) => ({ ...notice, createdAt: at, nextAttemptAt: at })))
          .onConflictDoNothing({ target: [chatNotices.tenantId, chatNotices.dedupeKey] })
          .returning({ id: chatNotices.id });
        return added.length;
      }),

    /** Claims due notices for one instance (`FOR UPDATE SKIP LOCKED`, then a lease), oldest first. */
    claimDue: (claim: ChatNoticeClaim): Promise<ChatNoticeRow[]> =>
      storeOperation('chatNotices.claimDue', {}, async () => {
        const due = db
          .select({ id: chatNotices.id })
          .from(chatNotices)
          .where(
            and(
              isNull(chatNotices.sentAt),
              isNull(chatNotices.discardedAt),
              lte(chatNotices.nextAttemptAt, claim.now),
              or(isNull(chatNotices.claimedUntil), lte(chatNotices.claimedUntil, claim.now)),
            ),
          )
          .orderBy(asc(chatNotices.id))
          .limit(claim.limit ?? 20)
          .for('update', { skipLocked: true });
        const rows = await db
          .update(chatNotices)
          .set({
            claimedBy: claim.instanceId,
            claimedUntil: claim.now + (claim.leaseMs ?? 30_000),
            attempts: sql`${chatNotices.attempts} + 1`,
          })
          .where(inArray(chatNotices.id, due))
          .returning();
        return rows.sort((a, b) => a.id - b.id);
      }),

    markSent: async (id: number, at: number): Promise<void> => {
      await db
        .update(chatNotices)
        .set({ sentAt: at, claimedUntil: null, lastError: null })
        .where(eq(chatNotices.id, id));
    },

    /** A failed attempt: due again at `retryAt`. */
    markFailed: async (id: number, error: string, retryAt: number): Promise<void> => {
      await db
        .update(chatNotices)
        .set({ lastError: error, nextAttemptAt: retryAt, claimedUntil: null })
        .where(eq(chatNotices.id, id));
    },

    /** Gives up on a notice (no conversation, or the user blocked the app). */
    discard: async (id: number, error: string, at: number): Promise<void> => {
      await db
        .update(chatNotices)
        .set({ lastError: error, discardedAt: at, claimedUntil: null })
        .where(eq(chatNotices.id, id));
    },

    /** A tenant's notices in the order written (audits and tests). */
    list: (tenantId: string): Promise<ChatNoticeRow[]> =>
      db.select().from(chatNotices).where(eq(chatNotices.tenantId, tenantId)).orderBy(asc(chatNotices.id)),

    /** Where the notice writer resumes in the tenant's event log; undefined before its first run. */
    cursor: async (tenantId: string): Promise<number | undefined> => {
      const [row] = await db.select().from(chatCursors).where(eq(chatCursors.tenantId, tenantId));
      return row?.seq;
    },

    /** Moves the cursor forward (never back: instances share it). */
    advance: async (tenantId: string, seq: number): Promise<void> => {
      await db
        .insert(chatCursors)
        .values({ tenantId, seq })
        .onConflictDoUpdate({
          target: chatCursors.tenantId,
          set: { seq: sql`greatest(${chatCursors.seq}, excluded.seq)` },
        });
    },
  };
}

/** Chat notices, bound to a handle. */
export type ChatNoticeRepository = ReturnType<typeof chatNoticeRepository>;
