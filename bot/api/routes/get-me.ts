import { myAgent } from '../agent-state';
import { json, route } from '../api-route';
import { MeSchema, NOT_READY_REASONS } from '../schemas/me.schema';
import { iso } from '../views/interaction-view';
import { errorAnswers } from './answers';

/** `GET /me`: who the agent is, their roles and status, and their queues with how many wait in each. */
export const getMe = route({
  method: 'GET',
  path: '/me',
  operationId: 'getMe',
  summary: 'The calling agent: roles, status, queues with waiting counts, wrap-up codes',
  roles: ['Agent'],
  answers: { 200: { description: 'The agent.', schema: MeSchema }, ...errorAnswers(401, 403, 404) },
  async handle({ caller }, deps) {
    const { agent, state } = await myAgent(caller, deps);
    const waiting = await deps.store.interactions.queueLengths(caller.tenant.id);
    return json({
      id: agent.id,
      name: agent.name,
      tenantId: caller.tenant.id,
      roles: [...caller.roles],
      status: state.status,
      reason: state.reason ?? null,
      since: iso(state.since),
      presence: state.presence ?? null,
      interactionId: state.interactionId ?? null,
      queues: agent.queues.map((id) => ({
        id,
        name: deps.directory.queue(caller.tenant.id, id)?.name ?? id,
        signedIn: state.signedInQueues.includes(id),
        waiting: waiting[id] ?? 0,
        wrapUpSeconds: deps.directory.queue(caller.tenant.id, id)?.wrapUpSeconds ?? 0,
      })),
      wrapUpCodes: caller.tenant.wrapUpCodes.map(({ id, name }) => ({ id, name })),
      notReadyReasons: [...NOT_READY_REASONS],
    });
  },
});
