import { json, route } from '../../api-route';
import { InteractionListQuerySchema, InteractionListSchema } from '../../schemas/supervisor.schema';
import { errorAnswers } from '../answers';
import { interactionList } from './interaction-list';

/** `GET /supervisor/interactions`: the interactions of a date range and queues (5,000 at most). */
export const getInteractions = route({
  method: 'GET',
  path: '/supervisor/interactions',
  operationId: 'interactionList',
  summary: 'The interaction list for a date range and queues',
  roles: ['Supervisor'],
  query: InteractionListQuerySchema,
  answers: {
    200: { description: 'Oldest first.', schema: InteractionListSchema },
    ...errorAnswers(400, 401, 403),
  },
  async handle({ caller, query }, deps) {
    return json(await interactionList(caller.tenant, query, deps));
  },
});
