import { route } from '../../api-route';
import { InteractionIdParamsSchema } from '../../schemas/common.schema';
import { PrioritySchema, SupervisorActionSchema } from '../../schemas/supervisor.schema';
import { errorAnswers } from '../answers';
import { actOnWaitingCall } from './waiting-call-action';

/** `PUT /supervisor/interactions/{id}/priority`: sets a waiting call's priority (1 = first), audited. */
export const putPriority = route({
  method: 'PUT',
  path: '/supervisor/interactions/{id}/priority',
  operationId: 'setPriority',
  summary: "Raise (or lower) a waiting call's priority (audited)",
  roles: ['Supervisor'],
  params: InteractionIdParamsSchema,
  body: PrioritySchema,
  answers: {
    200: { description: 'The audit entry written.', schema: SupervisorActionSchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  handle({ caller, params, body }, deps) {
    const event = {
      type: 'setPriority',
      priority: body.priority,
      by: caller.user.userId,
      at: deps.now(),
    } as const;
    return actOnWaitingCall(caller, params.id, 'setPriority', event, deps);
  },
});
