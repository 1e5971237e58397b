import type { z } from 'zod';
import type { Tenant } from '../../../../src/config';
import type { ApiDeps } from '../../api-deps';
import type { InteractionSummarySchema } from '../../schemas/interaction.schema';
import { byInteraction, summarise } from '../../views/interaction-view';
import { queuesOf, reportWindow } from './report-request';

/** Most interactions one list or export holds. */
export const MAX_LISTED = 5000;

/** The tenant's interactions that arrived between two local dates, of the queues asked for, oldest first. */
export async function interactionList(
  tenant: Tenant,
  query: { from: string; to: string; queues?: string | undefined },
  deps: ApiDeps,
): Promise<{ interactions: z.infer<typeof InteractionSummarySchema>[]; truncated: boolean }> {
  const queues =
    query.queues === undefined ? undefined : new Set(queuesOf(tenant, query.queues).map((q) => q.id));
  const { window } = reportWindow(tenant, query);
  const found = await deps.store.reports.arrivedBetween(tenant.id, window.from, window.to, MAX_LISTED + 1);
  const listed = found.slice(0, MAX_LISTED);
  const events = byInteraction(
    await deps.store.history.eventsOf(
      tenant.id,
      listed.map((i) => i.id),
    ),
  );
  const ctx = { directory: deps.directory, now: deps.now() };
  const summaries = listed
    .map((i) => summarise(i, events.get(i.id) ?? [], ctx))
    .filter((s) => queues === undefined || (s.queue !== null && queues.has(s.queue.id)));
  return { interactions: summaries, truncated: found.length > MAX_LISTED };
}
