import type { AgentStatus } from '../domain/agent';
import type { AnalyticsEvent, EventPayloads } from './analytics-event';
import {
  type AgentTrack,
  addStateTime,
  agentTrack,
  moveAgent,
  setAgentQueues,
  type Tally,
} from './tally-state';

/** Wrap-up up to `to` of the handled call it follows, counted in that call's figures (not clipped). */
function addWrapUp(agent: AgentTrack, to: number): void {
  const wrapUpMs = to - agent.since;
  if (agent.wrapFor?.queue) agent.wrapFor.queue.wrapUpMs += wrapUpMs;
  if (agent.wrapFor?.agent) agent.wrapFor.agent.wrapUpMs += wrapUpMs;
}

/**
 * An agent changed state: the state it leaves is counted (clipped to the intervals), and wrap-up is added
 * to the handled call it follows. An agent first seen here was in `previous` since the window began.
 */
export function tallyAgentState(
  tally: Tally,
  event: AnalyticsEvent,
  data: EventPayloads['agentState'],
): void {
  if (!event.agentId) return;
  const agent = agentTrack(tally, event.agentId);
  if (!agent.status) moveAgent(tally, agent, data.previous, tally.intervals.bounds[0]!);
  const left = agent.status!;
  addStateTime(tally, agent, left, agent.since, event.at);
  if (left === 'wrapUp') addWrapUp(agent, event.at);
  if (data.status !== 'wrapUp' || left === 'wrapUp') agent.wrapFor = undefined;
  moveAgent(tally, agent, data.status, event.at);
}

/** Counts every agent's current state up to `until` (the report's end, or now), as if it ended there. */
export function closeAgentStates(tally: Tally, until: number): void {
  for (const agent of tally.agents.values()) {
    if (!agent.status) continue;
    addStateTime(tally, agent, agent.status, agent.since, until);
    if (agent.status === 'wrapUp') addWrapUp(agent, until);
  }
}

/** The agent's current state and the time in it so far within the window (live figures, changing nothing). */
export function currentState(
  tally: Tally,
  agent: AgentTrack,
  now: number,
): { status: AgentStatus; ms: number } | undefined {
  if (!agent.status) return undefined;
  const { bounds } = tally.intervals;
  const from = Math.max(agent.since, bounds[0]!);
  const to = Math.min(now, bounds[bounds.length - 1]!);
  return { status: agent.status, ms: Math.max(0, to - from) };
}

/** An agent signed in to or out of a queue: from now on they count in the tiles of the queues they are in. */
export function tallyAgentQueues(
  tally: Tally,
  event: AnalyticsEvent,
  data: EventPayloads['agentQueues'],
): void {
  if (!event.agentId || !Array.isArray(data.signedInQueues)) return;
  setAgentQueues(tally, agentTrack(tally, event.agentId), data.signedInQueues);
}
