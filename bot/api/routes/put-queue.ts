import { myAgent } from '../agent-state';
import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { QueueIdParamsSchema } from '../schemas/common.schema';
import { MyQueueSchema, QueueSignInSchema } from '../schemas/me.schema';
import { errorAnswers } from './answers';

/**
 * `PUT /me/queues/{queueId}`: the agent signs in to (or out of) one of their queues. One transaction locks
 * the agent, writes their queues and logs `agentQueues`; signing in wakes routing for the queue after commit,
 * so a caller already waiting is offered at once.
 */
export const putQueue = route({
  method: 'PUT',
  path: '/me/queues/{queueId}',
  operationId: 'signInToQueue',
  summary: 'Sign in to (opt in) or out of one of the agent’s queues',
  roles: ['Agent'],
  params: QueueIdParamsSchema,
  body: QueueSignInSchema,
  answers: {
    200: { description: 'The queue as the agent now sees it.', schema: MyQueueSchema },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, params, body }, deps) {
    const { agent } = await myAgent(caller, deps);
    const tenantId = caller.tenant.id;
    const queue = deps.directory.queue(tenantId, params.queueId);
    if (!queue) throw ApiError.notFound('queue', params.queueId);
    if (!agent.queues.includes(queue.id))
      throw new ApiError(
        403,
        'notQueueMember',
        `you do not belong to queue ${queue.id}; an admin adds agents to queues`,
      );
    const at = deps.now();
    const result = await deps.processor.run(async (tx, out) => {
      const changed = await tx.agents.setQueueSignIn(tenantId, agent.id, queue.id, body.signedIn);
      if (!changed) return undefined;
      if (changed.changed)
        await tx.events.append([
          {
            tenantId,
            agentId: agent.id,
            name: 'agentQueues',
            at,
            data: {
              queueId: queue.id,
              signedIn: body.signedIn,
              signedInQueues: changed.agent.signedInQueues,
            },
            dedupeKey: `${agent.id}:queue:${queue.id}:${at}`,
          },
        ]);
      if (body.signedIn) out.wake.add(`${tenantId}/${queue.id}`);
      return changed;
    });
    if (!result) throw ApiError.notFound('agent', agent.id);
    const waiting = await deps.store.interactions.queueLengths(tenantId);
    return json({
      id: queue.id,
      name: queue.name,
      signedIn: body.signedIn,
      waiting: waiting[queue.id] ?? 0,
      wrapUpSeconds: queue.wrapUpSeconds,
    });
  },
});
