import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { ContactIdParamsSchema } from '../schemas/contact.schema';
import { errorAnswers } from './answers';

/** `DELETE /contacts/{id}`: removes a contact; past interactions keep their numbers. */
export const deleteContact = route({
  method: 'DELETE',
  path: '/contacts/{id}',
  operationId: 'deleteContact',
  summary: 'Remove a contact',
  roles: ['Supervisor', 'Admin'],
  params: ContactIdParamsSchema,
  answers: { 204: { description: 'Removed.' }, ...errorAnswers(400, 401, 403, 404) },
  async handle({ caller, params }, deps) {
    if (!(await deps.store.contacts.delete(caller.tenant.id, params.id)))
      throw ApiError.notFound('contact', params.id);
    return json(undefined, 204);
  },
});
