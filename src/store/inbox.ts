import { eq, inArray, lte } from 'drizzle-orm';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { type InboxRow, inbox } from './schema';

/**
 * The calling webhook's inbox over a database handle. Facts are opaque JSON here: the webhook owns their
 * shape. Taking over sets a new due time first, so an instance dying while it processes them leaves them for
 * the next one, and two instances never take the same row at once.
 */
export function inboxRepository(db: Db) {
  return {
    /** Keeps facts until `remove`; another instance may take them over from `dueAt`. Returns the row id. */
    add: (tenantId: string, facts: unknown[], dueAt: number): Promise<number> =>
      storeOperation('inbox.add', { tenantId }, async () => {
        const [row] = await db.insert(inbox).values({ tenantId, facts, dueAt }).returning({ id: inbox.id });
        return row!.id;
      }),

    /** The facts were processed. */
    remove: (id: number): Promise<void> =>
      storeOperation('inbox.remove', {}, async () => {
        await db.delete(inbox).where(eq(inbox.id, id));
      }),

    /**
     * Takes over up to `limit` rows due by `now`, moving their due time to `nextDueAt` in the same statement
     * (rows another instance is taking are skipped). Process them, then `remove` each.
     */
    takeDue: (now: number, nextDueAt: number, limit = 100): Promise<InboxRow[]> =>
      storeOperation('inbox.takeDue', {}, async () => {
        const due = db
          .select({ id: inbox.id })
          .from(inbox)
          .where(lte(inbox.dueAt, now))
          .orderBy(inbox.id)
          .limit(limit)
          .for('update', { skipLocked: true });
        return db.update(inbox).set({ dueAt: nextDueAt }).where(inArray(inbox.id, due)).returning();
      }),
  };
}

/** The inbox, bound to a handle. */
export type InboxRepository = ReturnType<typeof inboxRepository>;
