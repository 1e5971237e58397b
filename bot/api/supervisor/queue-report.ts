import type { z } from 'zod';
import {
  type AgentFigures,
  analyticsReport,
  emptyAgentFigures,
  emptyQueueFigures,
  type IntervalSize,
  type QueueFigures,
  queueKpis,
  staffedAgents,
  staffingFor,
} from '../../../src/analytics';
import type { Queue, Tenant } from '../../../src/config';
import type { EventRow } from '../../../src/store';
import type { QueueReportSchema, ReportRowSchema } from '../schemas/supervisor.schema';
import { iso } from '../views/interaction-view';

type ReportRow = z.infer<typeof ReportRowSchema>;
type QueueReport = z.infer<typeof QueueReportSchema>['queues'];

/** The service level a queue is sized for: its alert threshold, or the industry's 80 % by default. */
const targetOf = (queue: Queue) => (queue.alerts.serviceLevelPercent ?? 80) / 100;

/** What a report is asked for. */
export interface QueueReportRequest {
  tenant: Tenant;
  queues: readonly Queue[];
  window: { from: number; to: number };
  size: IntervalSize;
  now: number;
}

/**
 * Per queue and interval, the standard figures and rates, and Erlang C's agents needed for the queue's
 * target beside the agents actually staffed (the logged-in time of the queue's agents over the interval).
 */
export function queueReport(events: readonly EventRow[], request: QueueReportRequest): QueueReport {
  const { tenant, window, size } = request;
  const report = analyticsReport(events, {
    window: { ...window, timeZone: tenant.timeZone, size },
    now: request.now,
    queues: tenant.queues,
  });
  const agentRows = new Map(report.agents.map((row) => [row.agentId, row]));
  return request.queues.map((queue) => {
    const row = report.queues.find((q) => q.queueId === queue.id);
    const members = tenant.agents.filter((a) => a.queues.includes(queue.id)).map((a) => agentRows.get(a.id));
    const agentsAt = (index: number | 'total'): AgentFigures[] =>
      members.map((m) => (m ? (index === 'total' ? m.total : m.intervals[index]!) : emptyAgentFigures()));
    const intervals = report.intervals.map((interval, index) =>
      rowOf(row?.intervals[index], interval, queue, agentsAt(index), true),
    );
    const whole = { start: window.from, end: window.to };
    return {
      queueId: queue.id,
      name: queue.name,
      targetServiceLevel: targetOf(queue),
      intervals,
      total: rowOf(row?.total, whole, queue, agentsAt('total'), report.intervals.length === 1),
    };
  });
}

function rowOf(
  figures: QueueFigures | undefined,
  interval: { start: number; end: number },
  queue: Queue,
  agents: AgentFigures[],
  sized: boolean,
): ReportRow {
  const f = figures ?? emptyQueueFigures();
  const kpis = queueKpis(f);
  const intervalMs = interval.end - interval.start;
  const need = sized
    ? staffingFor(f, {
        intervalMs,
        targetSeconds: queue.serviceLevelSeconds,
        targetServiceLevel: targetOf(queue),
      })
    : undefined;
  return {
    start: iso(interval.start),
    end: iso(interval.end),
    offered: f.offered,
    answered: f.answered,
    answeredInSl: f.answeredInSl,
    abandoned: f.abandoned,
    shortAbandoned: f.shortAbandoned,
    overflowed: kpis.overflowed,
    serviceLevel: kpis.serviceLevel,
    asaSeconds: kpis.asaSeconds,
    ahtSeconds: kpis.ahtSeconds,
    abandonRate: kpis.abandonRate,
    averageWaitSeconds: kpis.averageWaitSeconds,
    longestWaitSeconds: kpis.longestWaitSeconds,
    agentsNeeded: need?.agents ?? null,
    agentsStaffed: Math.round(staffedAgents(agents, intervalMs) * 100) / 100,
  };
}
