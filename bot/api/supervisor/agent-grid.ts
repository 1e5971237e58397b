import type { z } from 'zod';
import { type LiveState, liveAgents } from '../../../src/analytics';
import type { Tenant } from '../../../src/config';
import type { AgentState } from '../../../src/domain/agent';
import type { AgentRowSchema } from '../schemas/supervisor.schema';
import { iso } from '../views/interaction-view';

type GridRow = z.infer<typeof AgentRowSchema>;

/**
 * The agent grid: each configured agent (of `queueId` when given) with their live state and time in it,
 * the interaction they hold, and today's handled calls and missed offers from the event log.
 */
export function agentGrid(
  live: LiveState,
  states: readonly AgentState[],
  tenant: Tenant,
  now: number,
  queueId?: string,
): GridRow[] {
  const today = new Map(liveAgents(live, now).map((row) => [row.agentId, row.today]));
  const byId = new Map(states.map((state) => [state.id, state]));
  return tenant.agents
    .filter((agent) => queueId === undefined || agent.queues.includes(queueId))
    .map((agent) => {
      const state = byId.get(agent.id);
      const figures = today.get(agent.id);
      return {
        agentId: agent.id,
        name: agent.name,
        status: state?.status ?? 'offline',
        reason: state?.reason ?? null,
        since: state ? iso(state.since) : null,
        secondsInState: state ? Math.max(0, Math.round((now - state.since) / 1000)) : null,
        interactionId: state?.interactionId ?? null,
        queues: agent.queues,
        signedInQueues: state?.signedInQueues ?? [],
        handledToday: figures?.handled ?? 0,
        missedToday: figures?.missedOffers ?? 0,
      };
    });
}
