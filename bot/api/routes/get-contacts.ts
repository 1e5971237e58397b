import { contactOf } from '../../../src/contacts';
import { json, route } from '../api-route';
import { ContactQuerySchema, ContactsSchema } from '../schemas/contact.schema';
import { errorAnswers } from './answers';

/** `GET /contacts`: the tenant's contacts directory by name, optionally searched by name, company or number. */
export const getContacts = route({
  method: 'GET',
  path: '/contacts',
  operationId: 'listContacts',
  summary: 'List or search the contacts directory',
  roles: ['Supervisor', 'Admin'],
  query: ContactQuerySchema,
  answers: {
    200: { description: 'Contacts by name.', schema: ContactsSchema },
    ...errorAnswers(400, 401, 403),
  },
  async handle({ caller, query }, deps) {
    const rows = await deps.store.contacts.list(caller.tenant.id, {
      ...(query.search === undefined ? {} : { search: query.search }),
      limit: query.top,
      offset: query.skip,
    });
    return json({ contacts: rows.map(contactOf) });
  },
});
