import type { ContactRepository, ContactRow } from '../store';

/** A customer as the agent sees them: who owns the number, their company, notes, VIP flag. */
export interface Contact {
  id: string;
  name: string;
  company: string | null;
  notes: string | null;
  vip: boolean;
  phoneNumbers: string[];
  /** Where the record came from: `directory` (the store's), or a CRM connector's name. */
  source: string;
}

/**
 * Where customer records come from, looked up by the caller's number. The store's contacts directory is the
 * default; a CRM connector implements the same interface and is passed to the API instead.
 */
export interface ContactConnector {
  /** The contact whose number this is (E.164), in the tenant; undefined when none is known. */
  lookup(tenantId: string, phoneNumber: string): Promise<Contact | undefined>;
}

/** A stored contact row as a {@link Contact} of the directory. */
export function contactOf(row: ContactRow): Contact {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    notes: row.notes,
    vip: row.vip,
    phoneNumbers: row.phoneNumbers,
    source: 'directory',
  };
}

/** The store's contacts directory as a connector. */
export function directoryConnector(contacts: Pick<ContactRepository, 'byNumber'>): ContactConnector {
  return {
    lookup: async (tenantId, phoneNumber) => {
      const row = await contacts.byNumber(tenantId, phoneNumber);
      return row && contactOf(row);
    },
  };
}
