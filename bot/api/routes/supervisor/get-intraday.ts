import { analyticsReport, liveIntraday, queueKpis, sumQueueFigures } from '../../../../src/analytics';
import type { Tenant } from '../../../../src/config';
import type { ApiDeps } from '../../api-deps';
import { ApiError } from '../../api-error';
import { json, route } from '../../api-route';
import { IntradayQuerySchema, IntradaySchema } from '../../schemas/supervisor.schema';
import { dateRange, localDate } from '../../supervisor/local-dates';
import { readEvents } from '../../supervisor/read-events';
import { iso } from '../../views/interaction-view';
import { errorAnswers } from '../answers';

/** `GET /supervisor/intraday`: a day in quarter-hours (offered, answered, abandoned, service level). */
export const getIntraday = route({
  method: 'GET',
  path: '/supervisor/intraday',
  operationId: 'intraday',
  summary: 'A day per 15 minutes: offered, answered, abandoned, service level',
  roles: ['Supervisor'],
  query: IntradayQuerySchema,
  answers: {
    200: { description: 'Quarter-hours.', schema: IntradaySchema },
    ...errorAnswers(400, 401, 403, 404),
  },
  async handle({ caller, query }, deps) {
    const { tenant } = caller;
    if (query.queueId !== undefined && !deps.directory.queue(tenant.id, query.queueId))
      throw ApiError.notFound('queue', query.queueId);
    const now = deps.now();
    const date = query.date ?? localDate(now, tenant.timeZone);
    const report =
      date === localDate(now, tenant.timeZone)
        ? liveIntraday((await deps.today.read(tenant, now)).live, now)
        : await pastDay(deps, tenant, date, now);
    const rows = report.queues.filter((q) => query.queueId === undefined || q.queueId === query.queueId);
    return json({
      date,
      timeZone: tenant.timeZone,
      queueId: query.queueId ?? null,
      intervals: report.intervals.map((interval, index) => {
        const f = sumQueueFigures(rows.map((row) => row.intervals[index]!));
        return {
          start: iso(interval.start),
          end: iso(interval.end),
          offered: f.offered,
          answered: f.answered,
          abandoned: f.abandoned + f.shortAbandoned,
          serviceLevel: queueKpis(f).serviceLevel,
        };
      }),
    });
  },
});

/** Another day than today, folded from the log. */
async function pastDay(deps: ApiDeps, tenant: Tenant, date: string, now: number) {
  const window = dateRange(date, date, tenant.timeZone);
  const events = await readEvents(deps.store, tenant.id, window.from);
  return analyticsReport(events, {
    window: { ...window, timeZone: tenant.timeZone, size: 15 },
    now,
    queues: tenant.queues,
  });
}
