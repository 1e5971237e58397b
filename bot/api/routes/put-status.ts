import { myAgent } from '../agent-state';
import { ApiError } from '../api-error';
import { json, route } from '../api-route';
import { AgentStatusViewSchema, StatusChangeSchema } from '../schemas/me.schema';
import { iso } from '../views/interaction-view';
import { errorAnswers } from './answers';

/** While a call rings for or is held by the agent, the agent state machine keeps their status. */
const IN_CALL = new Set(['reserved', 'busy']);

/**
 * `PUT /me/status`: available, not ready (with a reason) or offline, through the agent state machine. Refused
 * with 409 while a call rings or is connected; the same status and reason again changes nothing (it would
 * otherwise reset the agent's idle time, which longest-idle routing orders by).
 */
export const putStatus = route({
  method: 'PUT',
  path: '/me/status',
  operationId: 'setMyStatus',
  summary: 'Set the agent’s status: available, notReady (with a reason) or offline',
  roles: ['Agent'],
  body: StatusChangeSchema,
  answers: {
    200: { description: 'The status as it now is.', schema: AgentStatusViewSchema },
    ...errorAnswers(400, 401, 403, 404, 409),
  },
  async handle({ caller, body }, deps) {
    const { agent, state } = await myAgent(caller, deps);
    const reason = body.status === 'notReady' ? body.reason : undefined;
    if (IN_CALL.has(state.status)) throw inCall(state.status);
    if (state.status === body.status && state.reason === reason) return json(view(state));
    const after = await deps.agents.setStatus(caller.tenant.id, agent.id, body.status, reason);
    if (!after) throw ApiError.notFound('agent', agent.id);
    if (after.status !== body.status) throw inCall(after.status);
    return json(view(after));
  },
});

function inCall(status: string): ApiError {
  return new ApiError(
    409,
    'agentInCall',
    `you are ${status === 'reserved' ? 'being offered a call' : 'on a call'} (status ${status}): a status can be set after the call, during or after wrap-up`,
  );
}

function view(state: { status: string; reason: string | undefined; since: number }) {
  return { status: state.status, reason: state.reason ?? null, since: iso(state.since) };
}
