import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { type NoteRow, notes } from './schema';

/** A note to store; `id` is the caller's (a UUID), so a retried write can be recognised. */
export type NewNote = NoteRow;

/** Notes on interactions, over a database or transaction handle. */
export function noteRepository(db: Db) {
  return {
    /** Stores a note. */
    add: (note: NewNote): Promise<void> =>
      storeOperation(
        'notes.add',
        { tenantId: note.tenantId, interactionId: note.interactionId },
        async () => {
          await db.insert(notes).values(note);
        },
      ),

    /** An interaction's notes, oldest first. */
    list: (tenantId: string, interactionId: string): Promise<NoteRow[]> =>
      db
        .select()
        .from(notes)
        .where(and(eq(notes.tenantId, tenantId), eq(notes.interactionId, interactionId)))
        .orderBy(asc(notes.at), asc(notes.id)),
  };
}

/** Notes, bound to a handle. */
export type NoteRepository = ReturnType<typeof noteRepository>;
