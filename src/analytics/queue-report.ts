import type { AgentFigures } from './agent-figures';
import { emptyAgentFigures, sumAgentFigures } from './agent-figures';
import type { AnalyticsEvent } from './analytics-event';
import { type Interval, intervalCount, intervalsOf, listIntervals, type ReportWindow } from './intervals';
import { emptyQueueFigures, type QueueFigures, sumQueueFigures } from './queue-figures';
import { tallyEvent } from './tally';
import { closeAgentStates } from './tally-agents';
import { createTally, type Tally, type TallyOptions } from './tally-state';

/** What a report is computed for. */
export interface ReportOptions extends Omit<TallyOptions, 'intervals'> {
  window: ReportWindow;
  /** The time now: states and wrap-ups still running are counted up to here (or the window's end). */
  now: number;
}

/** One queue's figures per interval (in the report's interval order) and over the whole window. */
export interface QueueReportRow {
  queueId: string;
  intervals: QueueFigures[];
  total: QueueFigures;
}

/** One agent's figures per interval and over the whole window. */
export interface AgentReportRow {
  agentId: string;
  intervals: AgentFigures[];
  total: AgentFigures;
}

/** Figures per queue and per agent, per interval. Rates and averages come from `queueKpis` / `agentKpis`. */
export interface AnalyticsReport {
  intervals: Interval[];
  queues: QueueReportRow[];
  agents: AgentReportRow[];
}

/**
 * The KPIs' figures over a window, in one pass over the events (log order). Each call counts in the interval
 * it entered the queue, so pass events from the window's start up to now: calls that entered before the
 * start are left out, calls still waiting at its end are counted as they leave. Configured queues appear
 * even without calls. Pure: no IO, no clock.
 * @example
 * const report = analyticsReport(await store.events.list({ tenantId, since: from }), {
 *   window: { from, to, timeZone: 'Europe/London', size: 15 },
 *   now: Date.now(),
 *   queues: tenant.queues,
 * });
 * const serviceLevel = queueKpis(report.queues[0].total).serviceLevel;
 */
export function analyticsReport(events: Iterable<AnalyticsEvent>, options: ReportOptions): AnalyticsReport {
  const intervals = intervalsOf(options.window);
  const tally = createTally({ ...options, intervals });
  for (const event of events) tallyEvent(tally, event);
  closeAgentStates(tally, Math.min(options.now, intervals.bounds[intervals.bounds.length - 1]!));
  const count = intervalCount(intervals);
  const queues = queueRows(tally);
  const agents = [...tally.agents.values()].map((agent) => {
    const rows = Array.from({ length: count }, (_, i) => agent.figures[i] ?? emptyAgentFigures());
    return { agentId: agent.id, intervals: rows, total: sumAgentFigures(rows) };
  });
  return { intervals: listIntervals(intervals), queues, agents };
}

/** Each queue's figures in every interval of the tally's window (empty where nothing happened). */
export function queueRows(tally: Tally): QueueReportRow[] {
  const count = intervalCount(tally.intervals);
  return [...tally.queues.values()].map((queue) => {
    const rows = Array.from({ length: count }, (_, i) => queue.figures[i] ?? emptyQueueFigures());
    return { queueId: queue.id, intervals: rows, total: sumQueueFigures(rows) };
  });
}
