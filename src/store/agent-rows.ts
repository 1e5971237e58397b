import type { AgentState } from '../domain/agent';
import type { AgentRow } from './schema';

/** The agent state a stored row holds; presence is undefined until the first reading. */
export function fromAgentRow(row: AgentRow): AgentState {
  return {
    tenantId: row.tenantId,
    id: row.id,
    status: row.status,
    reason: row.reason ?? undefined,
    since: row.since,
    idleSince: row.idleSince,
    lastOfferedAt: row.lastOfferedAt,
    signedInQueues: row.signedInQueues,
    presence:
      row.presenceAvailability === null
        ? undefined
        : { availability: row.presenceAvailability, activity: row.presenceActivity ?? '' },
    interactionId: row.interactionId ?? undefined,
    callSeenInTeams: row.callSeenInTeams,
  };
}
