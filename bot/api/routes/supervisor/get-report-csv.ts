import { route } from '../../api-route';
import { ReportQuerySchema } from '../../schemas/supervisor.schema';
import { csvResponse, toCsv } from '../../supervisor/csv';
import { queueReport } from '../../supervisor/queue-report';
import { readEvents } from '../../supervisor/read-events';
import { errorAnswers } from '../answers';
import { queuesOf, reportWindow } from './report-request';

const COLUMNS = [
  'queueId',
  'queueName',
  'intervalStart',
  'intervalEnd',
  'offered',
  'answered',
  'answeredInSl',
  'abandoned',
  'shortAbandoned',
  'overflowed',
  'serviceLevel',
  'asaSeconds',
  'ahtSeconds',
  'abandonRate',
  'averageWaitSeconds',
  'longestWaitSeconds',
  'agentsNeeded',
  'agentsStaffed',
] as const;

/** `GET /supervisor/report/csv`: the report's numbers as CSV, one row per queue and interval. */
export const getReportCsv = route({
  method: 'GET',
  path: '/supervisor/report/csv',
  operationId: 'queueReportCsv',
  summary: 'The historical report as CSV (RFC 4180)',
  roles: ['Supervisor'],
  query: ReportQuerySchema,
  answers: {
    200: { description: 'One row per queue and interval, with a header row.', contentType: 'text/csv' },
    ...errorAnswers(400, 401, 403),
  },
  async handle({ caller, query }, deps) {
    const { tenant } = caller;
    const queues = queuesOf(tenant, query.queues);
    const { window, size } = reportWindow(tenant, query);
    const events = await readEvents(deps.store, tenant.id, window.from);
    const report = queueReport(events, { tenant, queues, window, size, now: deps.now() });
    const rows = report.flatMap((queue) =>
      queue.intervals.map((r) => [
        queue.queueId,
        queue.name,
        r.start,
        r.end,
        r.offered,
        r.answered,
        r.answeredInSl,
        r.abandoned,
        r.shortAbandoned,
        r.overflowed,
        r.serviceLevel,
        r.asaSeconds,
        r.ahtSeconds,
        r.abandonRate,
        r.averageWaitSeconds,
        r.longestWaitSeconds,
        r.agentsNeeded,
        r.agentsStaffed,
      ]),
    );
    return csvResponse(toCsv(COLUMNS, rows), `queues-${query.from}-${query.to}.csv`);
  },
});
