import type { Agent, Queue } from '../config';
import { type AgentState, routablePresences } from '../domain/agent';

/** An agent as routing sees one: configuration and live state together. */
export interface Candidate {
  config: Agent;
  state: AgentState;
}

/**
 * Whether the agent may be offered a call of this queue now; `fromQueues` are the queues whose agents may
 * answer it (the queue itself, plus those escalation added).
 */
export function isEligible(candidate: Candidate, queue: Queue, fromQueues: string[] = [queue.id]): boolean {
  const { state } = candidate;
  if (state.status !== 'available' || state.interactionId !== undefined) return false;
  if (!fromQueues.some((id) => state.signedInQueues.includes(id))) return false;
  if (!queue.presenceBasedRouting) return true;
  return state.presence !== undefined && routablePresences.has(state.presence.availability);
}

/** Whether the agent has every required skill at its minimum level. */
export function hasSkills(agent: Agent, required: Record<string, number>): boolean {
  return Object.entries(required).every(([skill, level]) => (agent.skills[skill] ?? 0) >= level);
}

function skillScore(agent: Agent, required: Record<string, number>): number {
  return Object.keys(required).reduce((sum, skill) => sum + (agent.skills[skill] ?? 0), 0);
}

const byIdle = (a: Candidate, b: Candidate) =>
  a.state.idleSince - b.state.idleSince || a.state.id.localeCompare(b.state.id);

/**
 * The agent a queue's routing method picks among the candidates, or undefined when none is eligible.
 * Pure: candidates carry everything needed. `required` is the queue's skills after any escalation, and
 * `fromQueues` the queues whose agents may answer (see `criteriaAfter`).
 */
export function pickAgent(
  queue: Queue,
  candidates: Candidate[],
  required: Record<string, number> = queue.skills,
  fromQueues: string[] = [queue.id],
): Candidate | undefined {
  const eligible = candidates.filter(
    (c) => isEligible(c, queue, fromQueues) && hasSkills(c.config, required),
  );
  if (eligible.length === 0) return undefined;
  switch (queue.routing) {
    case 'longestIdle':
      return [...eligible].sort(byIdle)[0];
    case 'roundRobin':
      return [...eligible].sort((a, b) => a.state.lastOfferedAt - b.state.lastOfferedAt || byIdle(a, b))[0];
    case 'skillsBased':
      return [...eligible].sort(
        (a, b) => skillScore(b.config, required) - skillScore(a.config, required) || byIdle(a, b),
      )[0];
    case 'serial': {
      const order = serialOrder(queue, candidates);
      return eligible.sort((a, b) => order(a) - order(b))[0];
    }
  }
}

/** Serial routing's fixed order: the queue's `agentOrder`, then the rest in file order. */
function serialOrder(queue: Queue, candidates: Candidate[]): (c: Candidate) => number {
  const explicit = queue.agentOrder ?? [];
  const fileOrder = candidates.map((c) => c.config.id);
  return (c) => {
    const index = explicit.indexOf(c.config.id);
    return index >= 0 ? index : explicit.length + fileOrder.indexOf(c.config.id);
  };
}
