import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { InteractionIdParamsSchema } from '../schemas/common.schema';
import { InteractionSummarySchema } from '../schemas/interaction.schema';
import { summarise } from '../views/interaction-view';
import { errorAnswers } from './answers';

/**
 * `POST /interactions/{id}/callback`: start a waiting callback now. It skips the rest of its wait (and any
 * retry spacing) and goes to the head of its queue, so the next agent free calls the customer back.
 * 409 when the interaction is no callback waiting to be made.
 */
export const postCallback = route({
  method: 'POST',
  path: '/interactions/{id}/callback',
  operationId: 'startCallback',
  summary: 'Start a waiting callback now',
  roles: ['Agent', 'Supervisor'],
  params: InteractionIdParamsSchema,
  answers: {
    202: { description: 'The callback is at the head of its queue.', schema: InteractionSummarySchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  async handle({ caller, params }, deps) {
    const tenantId = caller.tenant.id;
    const interaction = await deps.store.interactions.get(tenantId, params.id);
    if (!interaction) throw ApiError.notFound('interaction', params.id);
    const { state } = interaction;
    const waiting = (state.kind === 'queued' && state.callback) || state.kind === 'callbackDelay';
    if (!waiting || !deps.processor.leg)
      throw new ApiError(
        409,
        'notACallback',
        `interaction ${params.id} is no callback waiting (state ${state.kind})`,
      );
    await deps.processor.leg(tenantId, params.id, { type: 'callbackNow', at: deps.now() });
    const after = (await deps.store.interactions.get(tenantId, params.id)) ?? interaction;
    const events = await deps.store.history.eventsOf(tenantId, [params.id]);
    return json(summarise(after, events, { directory: deps.directory, now: deps.now() }), 202);
  },
});
