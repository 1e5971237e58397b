import { contactOf } from '../../../src/contacts';
import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { ContactChangeSchema, ContactIdParamsSchema, ContactSchema } from '../schemas/contact.schema';
import { errorAnswers } from './answers';
import { assertNumbersFree } from './contact-numbers';

/** `PATCH /contacts/{id}`: changes the fields given; null clears company or notes. */
export const patchContact = route({
  method: 'PATCH',
  path: '/contacts/{id}',
  operationId: 'updateContact',
  summary: 'Change a contact',
  roles: ['Supervisor', 'Admin'],
  params: ContactIdParamsSchema,
  body: ContactChangeSchema,
  answers: {
    200: { description: 'The contact as now stored.', schema: ContactSchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  async handle({ caller, params, body }, deps) {
    const tenantId = caller.tenant.id;
    if (!(await deps.store.contacts.get(tenantId, params.id))) throw ApiError.notFound('contact', params.id);
    if (body.phoneNumbers) await assertNumbersFree(deps.store, tenantId, body.phoneNumbers, params.id);
    const row = await deps.store.contacts.update(tenantId, params.id, body, deps.now());
    if (!row) throw ApiError.notFound('contact', params.id);
    return json(contactOf(row));
  },
});
