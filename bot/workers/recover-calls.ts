import type { Logger } from 'pino';
import type { CallProcessor } from '../../src/calls';
import type { Tenant } from '../../src/config';
import type { Store } from '../../src/store';
import type { GraphPort } from '../graph';

/**
 * After a start, the calls the bot held may have missed notifications while no instance listened. Each one
 * is asked of Graph (keepAlive doubles as the probe): a call that is gone ends here too — handed to the
 * agent if Teams shows them in a call — and a live one resumes what it was playing.
 */
export async function recoverCalls(deps: {
  tenants: readonly Tenant[];
  store: Store;
  graph: GraphPort;
  processor: CallProcessor;
  logger: Logger;
  now(): number;
}): Promise<{ resumed: number; ended: number }> {
  let resumed = 0;
  let ended = 0;
  for (const tenant of deps.tenants) {
    for (const interaction of await deps.store.interactions.held(tenant.id)) {
      const probe = await deps.graph.keepAlive(tenant.id, interaction.callId);
      const at = deps.now();
      if (probe.ok) {
        await deps.processor.event(tenant.id, interaction.callId, { type: 'resumed', at });
        resumed++;
        continue;
      }
      const agentId = interaction.state.kind === 'offering' ? interaction.state.agentId : undefined;
      const agent = agentId ? await deps.store.agents.get(tenant.id, agentId) : undefined;
      const transferred = agent?.presence?.activity === 'InACall';
      await deps.processor.event(tenant.id, interaction.callId, {
        type: 'terminated',
        transferred,
        code: undefined,
        subcode: undefined,
        at,
      });
      ended++;
    }
  }
  if (resumed + ended > 0) deps.logger.info({ resumed, ended }, 'recovered the calls held before the start');
  return { resumed, ended };
}
