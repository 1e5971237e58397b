import { contactOf } from '../../../src/contacts';
import { json, route } from '../api-route';
import { ContactSchema, NewContactSchema } from '../schemas/contact.schema';
import { errorAnswers } from './answers';
import { assertNumbersFree } from './contact-numbers';

/** `POST /contacts`: adds a contact; a number another contact holds is a 409. */
export const postContact = route({
  method: 'POST',
  path: '/contacts',
  operationId: 'createContact',
  summary: 'Add a contact to the directory',
  roles: ['Supervisor', 'Admin'],
  body: NewContactSchema,
  answers: {
    201: { description: 'The contact as stored.', schema: ContactSchema },
    ...errorAnswers(400, 401, 403, 409),
  },
  async handle({ caller, body }, deps) {
    const tenantId = caller.tenant.id;
    await assertNumbersFree(deps.store, tenantId, body.phoneNumbers);
    const at = deps.now();
    const row = await deps.store.contacts.insert({
      id: deps.newId(),
      tenantId,
      name: body.name,
      company: body.company ?? null,
      notes: body.notes ?? null,
      vip: body.vip ?? false,
      phoneNumbers: body.phoneNumbers,
      createdAt: at,
      updatedAt: at,
    });
    return json(contactOf(row), 201);
  },
});
