import type { IntervalSize } from '../../../../src/analytics';
import type { Queue, Tenant } from '../../../../src/config';
import { ApiError } from '../../api-error';
import { dateRange } from '../../supervisor/local-dates';

/** The tenant's queues a `queues=` filter names (all when left out); an unknown id is a 400 naming it. */
export function queuesOf(tenant: Tenant, filter: string | undefined): Queue[] {
  if (filter === undefined) return [...tenant.queues];
  return filter.split(',').map((id) => {
    const queue = tenant.queues.find((q) => q.id === id);
    if (!queue)
      throw ApiError.invalid([
        {
          in: 'query',
          field: 'queues',
          message: `no queue ${id} in your tenant (${tenant.queues.map((q) => q.id).join(', ')})`,
        },
      ]);
    return queue;
  });
}

/** A report's window from inclusive local dates, and its interval size. */
export function reportWindow(tenant: Tenant, query: { from: string; to: string; size?: string }) {
  const size: IntervalSize =
    query.size === 'day' || query.size === 'range' || query.size === undefined
      ? (query.size ?? 'day')
      : (Number(query.size) as 15 | 30 | 60);
  return { window: dateRange(query.from, query.to, tenant.timeZone), size };
}
