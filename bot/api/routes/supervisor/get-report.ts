import { json, route } from '../../api-route';
import { QueueReportSchema, ReportQuerySchema } from '../../schemas/supervisor.schema';
import { queueReport } from '../../supervisor/queue-report';
import { readEvents } from '../../supervisor/read-events';
import { errorAnswers } from '../answers';
import { queuesOf, reportWindow } from './report-request';

/** `GET /supervisor/report`: a date range's figures per queue and interval, with Erlang C beside staffing. */
export const getReport = route({
  method: 'GET',
  path: '/supervisor/report',
  operationId: 'queueReport',
  summary: 'Historical report for a date range and queues, with Erlang C agents needed beside agents staffed',
  roles: ['Supervisor'],
  query: ReportQuerySchema,
  answers: { 200: { description: 'The report.', schema: QueueReportSchema }, ...errorAnswers(400, 401, 403) },
  async handle({ caller, query }, deps) {
    const { tenant } = caller;
    const queues = queuesOf(tenant, query.queues);
    const { window, size } = reportWindow(tenant, query);
    const events = await readEvents(deps.store, tenant.id, window.from);
    return json({
      from: query.from,
      to: query.to,
      timeZone: tenant.timeZone,
      size: String(size),
      queues: queueReport(events, { tenant, queues, window, size, now: deps.now() }),
    });
  },
});
