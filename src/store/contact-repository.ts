import { and, arrayContains, asc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import type { Db } from './db';
import { type ContactRow, contacts } from './schema';

/** What `list` finds: a name, company or number containing `search` (any case), at most `limit`. */
export interface ContactQuery {
  search?: string;
  limit?: number;
  offset?: number;
}

/** The fields of a contact a change may set. */
export type ContactFields = Pick<ContactRow, 'name' | 'company' | 'notes' | 'vip' | 'phoneNumbers'>;

/** `%`, `_` and `\` match themselves in a search. */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The tenant's contacts directory over a database or transaction handle; every read is tenant-scoped. */
export function contactRepository(db: Db) {
  return {
    /** Contacts by name (then id), optionally matching a search. */
    list: (tenantId: string, query: ContactQuery = {}): Promise<ContactRow[]> => {
      const like = query.search === undefined ? undefined : `%${literal(query.search)}%`;
      return db
        .select()
        .from(contacts)
        .where(
          and(
            eq(contacts.tenantId, tenantId),
            like === undefined
              ? undefined
              : or(
                  ilike(contacts.name, like),
                  ilike(contacts.company, like),
                  sql`array_to_string(${contacts.phoneNumbers}, ' ') like ${like}`,
                ),
          ),
        )
        .orderBy(asc(contacts.name), asc(contacts.id))
        .limit(query.limit ?? 50)
        .offset(query.offset ?? 0);
    },

    get: async (tenantId: string, id: string): Promise<ContactRow | undefined> => {
      const [row] = await db
        .select()
        .from(contacts)
        .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, id)));
      return row;
    },

    /** The tenant's contact with this E.164 number (the oldest, should two ever hold it), else undefined. */
    byNumber: async (
      tenantId: string,
      phoneNumber: string,
      exceptId?: string,
    ): Promise<ContactRow | undefined> => {
      const [row] = await db
        .select()
        .from(contacts)
        .where(
          and(
            eq(contacts.tenantId, tenantId),
            arrayContains(contacts.phoneNumbers, [phoneNumber]),
            exceptId === undefined ? undefined : ne(contacts.id, exceptId),
          ),
        )
        .orderBy(asc(contacts.createdAt), asc(contacts.id))
        .limit(1);
      return row;
    },

    insert: async (row: ContactRow): Promise<ContactRow> => {
      await db.insert(contacts).values(row);
      return row;
    },

    /** Changes a contact's fields; undefined when the tenant has no such contact. */
    update: async (
      tenantId: string,
      id: string,
      fields: Partial<ContactFields>,
      at: number,
    ): Promise<ContactRow | undefined> => {
      const [row] = await db
        .update(contacts)
        .set({ ...fields, updatedAt: at })
        .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, id)))
        .returning();
      return row;
    },

    /** Deletes a contact; false when the tenant has no such contact. */
    delete: async (tenantId: string, id: string): Promise<boolean> => {
      const gone = await db
        .delete(contacts)
        .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, id)))
        .returning({ id: contacts.id });
      return gone.length > 0;
    },
  };
}

/** The contacts directory, bound to a handle. */
export type ContactRepository = ReturnType<typeof contactRepository>;
