import { ApiError } from '../../api-error';
import { json, route } from '../../api-route';
import { AgentGridQuerySchema, AgentGridSchema } from '../../schemas/supervisor.schema';
import { agentGrid } from '../../supervisor/agent-grid';
import { iso } from '../../views/interaction-view';
import { errorAnswers } from '../answers';

/** `GET /supervisor/agents`: the agent grid, optionally of one queue. */
export const getAgentGrid = route({
  method: 'GET',
  path: '/supervisor/agents',
  operationId: 'agentGrid',
  summary: 'Agents: state, time in state, current interaction, handled today, missed',
  roles: ['Supervisor'],
  query: AgentGridQuerySchema,
  answers: {
    200: { description: 'The grid.', schema: AgentGridSchema },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, query }, deps) {
    if (query.queueId !== undefined && !deps.directory.queue(caller.tenant.id, query.queueId))
      throw ApiError.notFound('queue', query.queueId);
    const now = deps.now();
    const [{ live }, states] = await Promise.all([
      deps.today.read(caller.tenant, now),
      deps.store.agents.list(caller.tenant.id),
    ]);
    return json({ asOf: iso(now), agents: agentGrid(live, states, caller.tenant, now, query.queueId) });
  },
});
