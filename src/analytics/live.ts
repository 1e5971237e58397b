import type { AgentStatus } from '../domain/agent';
import { type AgentFigures, addToStatus, sumAgentFigures } from './agent-figures';
import { type AgentKpis, agentKpis } from './agent-kpis';
import type { AnalyticsEvent } from './analytics-event';
import { type IntervalSize, intervalsOf, listIntervals, todayWindow } from './intervals';
import { type QueueFigures, sumQueueFigures } from './queue-figures';
import { type QueueKpis, queueKpis } from './queue-kpis';
import { type AnalyticsReport, queueRows } from './queue-report';
import { tallyEvent } from './tally';
import { currentState } from './tally-agents';
import { createTally, type Tally, type TallyOptions } from './tally-state';

/** What live figures are kept for: today in a time zone, cut in `size` intervals for the intraday chart. */
export interface LiveOptions extends Omit<TallyOptions, 'intervals'> {
  now: number;
  timeZone: string;
  /** Default `'range'`: one interval, the whole day. 15 keeps the intraday chart's quarter-hours too. */
  size?: IntervalSize;
}

/** Live figures, updated in place by `applyEvent`. */
export interface LiveState {
  /** The running tally; read it through `liveQueues` and `liveAgents`. */
  tally: Tally;
  timeZone: string;
  size: IntervalSize;
}

/** A queue's live tile. */
export interface LiveQueue {
  queueId: string;
  /** Callers waiting now (queued, or ringing an agent). */
  waiting: number;
  /** When the longest-waiting caller entered the queue (Teams `longest_waiting_call_enqueue_time`). */
  longestWaitingSince: number | null;
  longestWaitSeconds: number;
  /** Callbacks requested and not yet connected. */
  callbacksWaiting: number;
  /** Agents of this queue by state (for agents seeded with their queues). */
  agents: Record<AgentStatus, number>;
  today: QueueFigures;
  kpis: QueueKpis;
}

/** An agent's live row. */
export interface LiveAgent {
  agentId: string;
  status: AgentStatus | undefined;
  /** When the current state began (the window's start when it began earlier or is unknown). */
  since: number;
  /** Today's figures, the current state's time included up to now. */
  today: AgentFigures;
  kpis: AgentKpis;
}

/**
 * Live state for today. Replay the log into it (from an hour before midnight, so callers already waiting are
 * known), then `applyEvent` each new event.
 */
export function createLiveState(options: LiveOptions): LiveState {
  const size = options.size ?? 'range';
  const intervals = intervalsOf(todayWindow(options.now, options.timeZone, size));
  return { tally: createTally({ ...options, intervals }), timeZone: options.timeZone, size };
}

/**
 * Counts one event into the live state in O(1) (a few map operations) and returns the same state, changed
 * in place. The first event after midnight starts the new day's figures; waits and agent states carry over.
 */
export function applyEvent(state: LiveState, event: AnalyticsEvent): LiveState {
  rollOver(state, event.at);
  tallyEvent(state.tally, event);
  return state;
}

/** Starts a new day's figures once `now` has passed the window; calls entered yesterday stay yesterday's. */
function rollOver(state: LiveState, now: number): void {
  const { tally } = state;
  if (now < tally.intervals.bounds[tally.intervals.bounds.length - 1]!) return;
  tally.intervals = intervalsOf(todayWindow(now, state.timeZone, state.size));
  tally.epoch += 1;
  for (const queue of tally.queues.values()) queue.figures = [];
  for (const agent of tally.agents.values()) agent.figures = [];
}

/** Every queue's live tile, as of `now` (the day rolls over if `now` is past midnight). */
export function liveQueues(state: LiveState, now: number): LiveQueue[] {
  rollOver(state, now);
  return [...state.tally.queues.values()].map((queue) => {
    const today = sumQueueFigures(queue.figures.filter((f) => f !== undefined));
    let since: number | null = null;
    for (const at of queue.waiting.values()) if (since === null || at < since) since = at;
    return {
      queueId: queue.id,
      waiting: queue.waiting.size,
      longestWaitingSince: since,
      longestWaitSeconds: since === null ? 0 : Math.max(0, now - since) / 1000,
      callbacksWaiting: queue.callbacks.size,
      agents: { ...queue.agents },
      today,
      kpis: queueKpis(today),
    };
  });
}

/** Every agent's live row, as of `now`. */
export function liveAgents(state: LiveState, now: number): LiveAgent[] {
  rollOver(state, now);
  const { tally } = state;
  const start = tally.intervals.bounds[0]!;
  return [...tally.agents.values()].map((agent) => {
    const today = sumAgentFigures(agent.figures.filter((f) => f !== undefined));
    const current = currentState(tally, agent, now);
    if (current) addToStatus(today.stateMs, current.status, current.ms);
    const since = Math.max(agent.since, start);
    return { agentId: agent.id, status: agent.status, since, today, kpis: agentKpis(today) };
  });
}

/** Today's queue figures per interval (the intraday chart), as `analyticsReport` gives them, as of `now`. */
export function liveIntraday(state: LiveState, now: number): Pick<AnalyticsReport, 'intervals' | 'queues'> {
  rollOver(state, now);
  return { intervals: listIntervals(state.tally.intervals), queues: queueRows(state.tally) };
}
