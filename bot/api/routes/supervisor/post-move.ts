import { ApiError } from '../../api-error';
import { route } from '../../api-route';
import { InteractionIdParamsSchema } from '../../schemas/common.schema';
import { MoveSchema, SupervisorActionSchema } from '../../schemas/supervisor.schema';
import { errorAnswers } from '../answers';
import { actOnWaitingCall } from './waiting-call-action';

/** `POST /supervisor/interactions/{id}/move`: moves a waiting call to another queue of the tenant, audited. */
export const postMove = route({
  method: 'POST',
  path: '/supervisor/interactions/{id}/move',
  operationId: 'moveToQueue',
  summary: 'Move a waiting call to another queue (audited)',
  roles: ['Supervisor'],
  params: InteractionIdParamsSchema,
  body: MoveSchema,
  answers: {
    200: { description: 'The audit entry written.', schema: SupervisorActionSchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  handle({ caller, params, body }, deps) {
    const queues = caller.tenant.queues.map((q) => q.id);
    if (!queues.includes(body.queueId))
      throw ApiError.invalid([
        {
          in: 'body',
          field: 'queueId',
          message: `expected a queue of your tenant (${queues.join(', ')}), got ${JSON.stringify(body.queueId)}`,
        },
      ]);
    const event = {
      type: 'moveToQueue',
      queueId: body.queueId,
      by: caller.user.userId,
      at: deps.now(),
    } as const;
    return actOnWaitingCall(caller, params.id, 'moveToQueue', event, deps);
  },
});
