import {
  type AnalyticsEvent,
  applyEvent,
  createLiveState,
  type LiveState,
  liveQueues,
  startOfDay,
} from '../../../src/analytics';
import type { Tenant } from '../../../src/config';
import type { EventRow, Store } from '../../../src/store';

/** Events read per page when rebuilding today's figures. */
const PAGE = 2000;

/**
 * Today's live queue figures of one tenant, rebuilt from the event log up to `upToSeq` (from an hour before
 * midnight, so callers already waiting are known) and then fed each new event.
 */
export async function watchTenant(
  store: Pick<Store, 'events'>,
  tenant: Tenant,
  upToSeq: number,
  now: number,
): Promise<{ live: LiveState; apply(event: EventRow): void }> {
  const live = createLiveState({
    now,
    timeZone: tenant.timeZone,
    queues: tenant.queues.map((q) => ({ id: q.id, serviceLevelSeconds: q.serviceLevelSeconds })),
  });
  const since = startOfDay(now, tenant.timeZone) - 3_600_000;
  let after = 0;
  for (;;) {
    const rows = await store.events.list({ tenantId: tenant.id, since, afterSeq: after, limit: PAGE });
    for (const row of rows) if (row.seq <= upToSeq) applyEvent(live, row as AnalyticsEvent);
    const last = rows.at(-1)?.seq;
    if (rows.length < PAGE || last === undefined || last >= upToSeq) break;
    after = last;
  }
  return { live, apply: (event) => void applyEvent(live, event as AnalyticsEvent) };
}

/** The tenant's live queue tiles now, by queue id. */
export function queueTiles(live: LiveState, now: number) {
  return new Map(liveQueues(live, now).map((tile) => [tile.queueId, tile]));
}
