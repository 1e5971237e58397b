import type { Agent } from '../../src/config';
import type { AgentState } from '../../src/domain/agent';
import type { ApiCaller } from './api-caller';
import { requireAgent } from './api-caller';
import type { ApiDeps } from './api-deps';
import { ApiError } from './api-error';

/** The caller's agent configuration and live state; 403 when they are no agent, 404 when no row exists yet. */
export async function myAgent(
  caller: ApiCaller,
  deps: ApiDeps,
): Promise<{ agent: Agent; state: AgentState }> {
  const agent = requireAgent(caller);
  const state = await deps.store.agents.get(caller.tenant.id, agent.id);
  if (!state) throw ApiError.notFound('agent', agent.id);
  return { agent, state };
}
