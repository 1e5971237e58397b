import { myAgent } from '../agent-state';
import { json, route } from '../api-route';
import { MyInteractionsSchema } from '../schemas/interaction.schema';
import { startOfDay } from '../views/day-start';
import { byInteraction, summarise } from '../views/interaction-view';
import { errorAnswers } from './answers';

/**
 * `GET /me/interactions`: the interaction the agent holds now (offered, connected or in wrap-up) and every
 * interaction offered to them since midnight in the tenant's time zone, newest first.
 */
export const getMyInteractions = route({
  method: 'GET',
  path: '/me/interactions',
  operationId: 'getMyInteractions',
  summary: 'The agent’s current interaction and today’s',
  roles: ['Agent'],
  answers: {
    200: { description: 'Current and today’s interactions.', schema: MyInteractionsSchema },
    ...errorAnswers(401, 403, 404),
  },
  async handle({ caller }, deps) {
    const { agent, state } = await myAgent(caller, deps);
    const tenantId = caller.tenant.id;
    const now = deps.now();
    const offers = await deps.store.history.offeredTo(
      tenantId,
      agent.id,
      startOfDay(now, caller.tenant.timeZone),
    );
    const ids = [
      ...new Set([
        ...offers.map((o) => o.interactionId),
        ...(state.interactionId ? [state.interactionId] : []),
      ]),
    ];
    const [interactions, events] = await Promise.all([
      deps.store.history.interactions(tenantId, ids),
      deps.store.history.eventsOf(tenantId, ids),
    ]);
    const grouped = byInteraction(events);
    const ctx = { directory: deps.directory, now, forAgent: agent.id };
    const summaries = interactions.map((i) => summarise(i, grouped.get(i.id) ?? [], ctx));
    return json({
      current: summaries.find((s) => s.id === state.interactionId) ?? null,
      today: summaries.filter((s) => offers.some((o) => o.interactionId === s.id)),
    });
  },
});
