import type { Queue } from '../config';
import type { AgentStatus } from '../domain/agent';
import { type AgentFigures, addToStatus, emptyAgentFigures, zeroPerStatus } from './agent-figures';
import { type Intervals, intervalIndex } from './intervals';
import { emptyQueueFigures, type QueueFigures } from './queue-figures';

/** A queue as analytics needs it from configuration: its id and service-level threshold. */
export type QueueSetting = Pick<Queue, 'id' | 'serviceLevelSeconds'>;

/** An agent known before its first event: status when the events begin, and the queues whose tiles count it. */
export interface AgentSeed {
  id: string;
  status?: AgentStatus;
  queues?: readonly string[];
}

/** What a tally is computed with. */
export interface TallyOptions {
  intervals: Intervals;
  /** Queues to report even without calls, and their thresholds; unlisted queues get the default 20 s. */
  queues?: readonly QueueSetting[];
  agents?: readonly AgentSeed[];
  /** Abandons sooner than this are short abandons, counted apart; default 5. */
  shortAbandonSeconds?: number;
}

/** A caller's stay in one queue. `figures` is undefined when it entered the queue outside the window. */
export interface Visit {
  queue: QueueTrack;
  enqueuedAt: number;
  slMs: number;
  index: number;
  /** The window generation the index belongs to (live state rolls over at midnight). */
  epoch: number;
  figures: QueueFigures | undefined;
}

/** One interaction while it is open. */
export interface CallTrack {
  visit: Visit | undefined;
  /** Set when an agent answered: talk runs from here to `ended`. */
  talk: { at: number; agentId: string; visit: Visit } | undefined;
  /** The figures of the queue whose overflow action may transfer the caller. */
  overflowFrom: QueueFigures | undefined;
}

/** One queue: its figures per interval and who waits in it now. */
export interface QueueTrack {
  id: string;
  slMs: number;
  figures: (QueueFigures | undefined)[];
  /** Callers waiting now (queued or ringing an agent), by interaction, in order of entry. */
  waiting: Map<string, number>;
  /** Callbacks requested and not yet connected. */
  callbacks: Set<string>;
  /** Agents counting this queue as theirs, by state. */
  agents: Record<AgentStatus, number>;
}

/** One agent: its figures per interval and its current state. */
export interface AgentTrack {
  id: string;
  status: AgentStatus | undefined;
  since: number;
  queues: readonly string[];
  figures: (AgentFigures | undefined)[];
  /** The handled call whose wrap-up the agent's next `wrapUp` state is. */
  wrapFor: { queue: QueueFigures | undefined; agent: AgentFigures | undefined } | undefined;
}

/**
 * The running state of a single pass over the event log: figures per queue and agent and interval, plus
 * what is open now (calls, waits, agent states). Mutated in place by `tallyEvent`.
 */
export interface Tally {
  intervals: Intervals;
  epoch: number;
  shortMs: number;
  queues: Map<string, QueueTrack>;
  calls: Map<string, CallTrack>;
  agents: Map<string, AgentTrack>;
  /** Agents by state, over all queues. */
  agentsByState: Record<AgentStatus, number>;
}

/** The default service-level threshold, the queue schema's. */
const defaultSlSeconds = 20;
const defaultShortAbandonSeconds = 5;

/** A tally with nothing counted yet: configured queues present, seeded agents in their states. */
export function createTally(options: TallyOptions): Tally {
  const tally: Tally = {
    intervals: options.intervals,
    epoch: 0,
    shortMs: (options.shortAbandonSeconds ?? defaultShortAbandonSeconds) * 1000,
    queues: new Map(),
    calls: new Map(),
    agents: new Map(),
    agentsByState: zeroPerStatus(),
  };
  for (const queue of options.queues ?? [])
    queueTrack(tally, queue.id).slMs = queue.serviceLevelSeconds * 1000;
  for (const seed of options.agents ?? []) {
    const agent = agentTrack(tally, seed.id);
    agent.queues = seed.queues ?? [];
    if (seed.status) moveAgent(tally, agent, seed.status, options.intervals.bounds[0]!);
  }
  return tally;
}

/** The queue's track, created on first sight. */
export function queueTrack(tally: Tally, id: string): QueueTrack {
  let queue = tally.queues.get(id);
  if (!queue) {
    queue = {
      id,
      slMs: defaultSlSeconds * 1000,
      figures: [],
      waiting: new Map(),
      callbacks: new Set(),
      agents: zeroPerStatus(),
    };
    tally.queues.set(id, queue);
  }
  return queue;
}

/** The agent's track, created on first sight with its state unknown. */
export function agentTrack(tally: Tally, id: string): AgentTrack {
  let agent = tally.agents.get(id);
  if (!agent) {
    agent = {
      id,
      status: undefined,
      since: tally.intervals.bounds[0]!,
      queues: [],
      figures: [],
      wrapFor: undefined,
    };
    tally.agents.set(id, agent);
  }
  return agent;
}

/** A queue's figures for interval `index`, or undefined outside the window (-1). */
export function queueFiguresOf(queue: QueueTrack, index: number): QueueFigures | undefined {
  return index < 0 ? undefined : slot(queue.figures, index, emptyQueueFigures);
}

/** An agent's figures for a call's queue-entry interval, or undefined when that is outside the window. */
export function agentFiguresFor(tally: Tally, agentId: string, visit: Visit): AgentFigures | undefined {
  if (visit.index < 0 || visit.epoch !== tally.epoch) return undefined;
  return slot(agentTrack(tally, agentId).figures, visit.index, emptyAgentFigures);
}

/** Puts an agent in a state from `at`, keeping the per-state counts (overall and per queue) right. */
export function moveAgent(tally: Tally, agent: AgentTrack, status: AgentStatus, at: number): void {
  if (agent.status) count(tally, agent, agent.status, -1);
  agent.status = status;
  agent.since = at;
  count(tally, agent, status, 1);
}

/** Moves an agent's count in its current state from the queues it was in to `queues`. */
export function setAgentQueues(tally: Tally, agent: AgentTrack, queues: readonly string[]): void {
  if (agent.status)
    for (const id of agent.queues) addToStatus(queueTrack(tally, id).agents, agent.status, -1);
  agent.queues = [...queues];
  if (agent.status) for (const id of agent.queues) addToStatus(queueTrack(tally, id).agents, agent.status, 1);
}

function count(tally: Tally, agent: AgentTrack, status: AgentStatus, by: number): void {
  addToStatus(tally.agentsByState, status, by);
  for (const id of agent.queues) addToStatus(queueTrack(tally, id).agents, status, by);
}

/** Time in a state, split across the intervals it spans and clipped to the window. */
export function addStateTime(
  tally: Tally,
  agent: AgentTrack,
  status: AgentStatus,
  from: number,
  to: number,
): void {
  const { bounds } = tally.intervals;
  let start = Math.max(from, bounds[0]!);
  const end = Math.min(to, bounds[bounds.length - 1]!);
  let index = intervalIndex(tally.intervals, start);
  while (start < end && index >= 0) {
    const stop = Math.min(end, bounds[index + 1]!);
    addToStatus(slot(agent.figures, index, emptyAgentFigures).stateMs, status, stop - start);
    start = stop;
    index += 1;
  }
}

/** The figures at `index`, made on first use: intervals where nothing happened stay empty slots. */
function slot<T>(list: (T | undefined)[], index: number, make: () => T): T {
  const found = list[index];
  if (found) return found;
  const made = make();
  list[index] = made;
  return made;
}
