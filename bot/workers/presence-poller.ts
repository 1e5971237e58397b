import type { Logger } from 'pino';
import type { ContactCenterDirectory, Tenant } from '../../src/config';
import type { AgentService } from '../../src/routing';
import type { GraphPort } from '../graph';
import { type Loop, startLoop } from './loop';

/**
 * Polls agents' Teams presence with `getPresencesByUserId` (app-only presence subscriptions do not exist);
 * the Graph port batches 650 ids a request and keeps within 1,500 requests per 30 s per tenant.
 */
export function startPresencePoller(deps: {
  tenants: readonly Tenant[];
  directory: ContactCenterDirectory;
  graph: GraphPort;
  agents: AgentService;
  logger: Logger;
  everyMs: number;
}): Loop {
  return startLoop(
    'presence',
    deps.everyMs,
    async () => {
      for (const tenant of deps.tenants) {
        const ids = tenant.agents.map((a) => a.id);
        if (ids.length === 0) continue;
        const readings = await deps.graph.getPresences(tenant.id, ids);
        await deps.agents.presence(
          tenant.id,
          readings.map((r) => ({ id: r.userId, availability: r.availability, activity: r.activity })),
        );
      }
    },
    deps.logger,
  );
}
