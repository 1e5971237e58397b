/** The routing states of an agent, as supervisors know them. */
export type AgentStatus = 'offline' | 'available' | 'reserved' | 'busy' | 'wrapUp' | 'notReady';

/** Teams presence as Graph reports it. */
export interface TeamsPresence {
  availability: string;
  activity: string;
}

/** An agent's live routing state. Configuration (name, skills, queues) comes from the contact-center file. */
export interface AgentState {
  tenantId: string;
  /** Teams user id (Entra object id). */
  id: string;
  status: AgentStatus;
  /** Why the agent is not ready ("missed", "break", …); undefined otherwise. */
  reason: string | undefined;
  /** Wall-clock ms the status began. */
  since: number;
  /** Last time the agent became idle (available): longest-idle routing orders by it. */
  idleSince: number;
  /** Last time the agent was offered a call: round-robin routing serves the least recently offered. */
  lastOfferedAt: number;
  /** Queues the agent is signed in to (opted in); a subset of the queues they belong to. */
  signedInQueues: string[];
  presence: TeamsPresence | undefined;
  /** The interaction reserved for or held by the agent. */
  interactionId: string | undefined;
  /** Teams showed the agent in a call since it connected: its end is then a presence change. */
  callSeenInTeams: boolean;
}

/** Presence values in which Teams shows a person free to take a call. */
export const routablePresences = new Set(['Available', 'AvailableIdle']);
