import { contactOf } from '../../../src/contacts';
import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { ContactIdParamsSchema, ContactSchema } from '../schemas/contact.schema';
import { errorAnswers } from './answers';

/** `GET /contacts/{id}`: one contact of the caller's tenant (another tenant's is a 404). */
export const getContact = route({
  method: 'GET',
  path: '/contacts/{id}',
  operationId: 'getContact',
  summary: 'One contact',
  roles: ['Supervisor', 'Admin'],
  params: ContactIdParamsSchema,
  answers: {
    200: { description: 'The contact.', schema: ContactSchema },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, params }, deps) {
    const row = await deps.store.contacts.get(caller.tenant.id, params.id);
    if (!row) throw ApiError.notFound('contact', params.id);
    return json(contactOf(row));
  },
});
