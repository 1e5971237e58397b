import { applyEvent, createLiveState, type LiveState, startOfDay } from '../../../src/analytics';
import type { Tenant } from '../../../src/config';
import type { Store } from '../../../src/store';
import { readEvents } from './read-events';

/** Today's live figures for a tenant, in quarter-hours, and the last event they include. */
export interface LiveToday {
  live: LiveState;
  lastSeq: number;
}

/**
 * Replays the tenant's log from an hour before local midnight (so callers already waiting are known) into
 * live state kept in quarter-hours: tiles, the agent grid and the intraday chart read the same figures.
 */
export async function liveToday(
  store: Pick<Store, 'events'>,
  tenant: Tenant,
  now: number,
): Promise<LiveToday> {
  const live = createLiveState({
    now,
    timeZone: tenant.timeZone,
    size: 15,
    queues: tenant.queues,
  });
  const events = await readEvents(store, tenant.id, startOfDay(now, tenant.timeZone) - 3600_000);
  for (const event of events) applyEvent(live, event);
  return { live, lastSeq: events.at(-1)?.seq ?? 0 };
}
