import type { z } from 'zod';
import { type LiveState, liveQueues } from '../../../src/analytics';
import type { Tenant } from '../../../src/config';
import type { AgentState } from '../../../src/domain/agent';
import type { QueueTileSchema } from '../schemas/supervisor.schema';
import { iso } from '../views/interaction-view';

type QueueTile = z.infer<typeof QueueTileSchema>;

/**
 * Each configured queue's live tile: who waits now and for how long, today's service level, ASA and abandon
 * rate from the event log, agents signed in to it by state from their live rows, and the queue's thresholds
 * so the tab colours each figure against them.
 */
export function queueTiles(
  live: LiveState,
  agents: readonly AgentState[],
  tenant: Tenant,
  now: number,
): QueueTile[] {
  const tiles = new Map(liveQueues(live, now).map((tile) => [tile.queueId, tile]));
  return tenant.queues.map((queue) => {
    const tile = tiles.get(queue.id);
    const mine = agents.filter((a) => a.signedInQueues.includes(queue.id));
    const count = (...statuses: string[]) => mine.filter((a) => statuses.includes(a.status)).length;
    const today = tile?.today;
    return {
      queueId: queue.id,
      name: queue.name,
      waiting: tile?.waiting ?? 0,
      longestWaitSeconds: Math.round(tile?.longestWaitSeconds ?? 0),
      longestWaitingSince: tile?.longestWaitingSince == null ? null : iso(tile.longestWaitingSince),
      callbacksWaiting: tile?.callbacksWaiting ?? 0,
      today: {
        offered: today?.offered ?? 0,
        answered: today?.answered ?? 0,
        abandoned: today?.abandoned ?? 0,
        shortAbandoned: today?.shortAbandoned ?? 0,
        serviceLevel: tile?.kpis.serviceLevel ?? null,
        asaSeconds: tile?.kpis.asaSeconds ?? null,
        abandonRate: tile?.kpis.abandonRate ?? null,
      },
      agents: {
        available: count('available'),
        busy: count('reserved', 'busy'),
        wrapUp: count('wrapUp'),
        notReady: count('notReady'),
        offline: count('offline'),
      },
      thresholds: {
        serviceLevelSeconds: queue.serviceLevelSeconds,
        serviceLevelPercent: queue.alerts.serviceLevelPercent ?? null,
        waitingCalls: queue.alerts.waitingCalls ?? null,
        longestWaitSeconds: queue.alerts.longestWaitSeconds ?? null,
      },
    };
  });
}
