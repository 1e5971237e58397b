import type { Logger } from 'pino';
import type { CallProcessor } from '../../src/calls';
import type { Tenant } from '../../src/config';
import type { Interaction } from '../../src/domain/interaction';
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
      try {
        const outcome = await recoverOne(deps, tenant.id, interaction);
        if (outcome === 'resumed') resumed++;
        else ended++;
      } catch (err) {
        // One call that cannot be recovered now must not keep the others silent; its watchdog retries it.
        deps.logger.error(
          { err, tenantId: tenant.id, interactionId: interaction.id, callId: interaction.callId },
          'recovering a held call failed',
        );
      }
    }
  }
  if (resumed + ended > 0) deps.logger.info({ resumed, ended }, 'recovered the calls held before the start');
  return { resumed, ended };
}

async function recoverOne(
  deps: Parameters<typeof recoverCalls>[0],
  tenantId: string,
  interaction: Interaction,
): Promise<'resumed' | 'ended'> {
  const probe = await deps.graph.keepAlive(tenantId, interaction.callId);
  const at = deps.now();
  if (probe.ok) {
    await deps.processor.event(tenantId, interaction.callId, { type: 'resumed', at });
    return 'resumed';
  }
  const agentId = interaction.state.kind === 'offering' ? interaction.state.agentId : undefined;
  const agent = agentId ? await deps.store.agents.get(tenantId, agentId) : undefined;
  const transferred = agent?.presence?.activity === 'InACall';
  await deps.processor.event(tenantId, interaction.callId, {
    type: 'terminated',
    transferred,
    code: undefined,
    subcode: undefined,
    at,
  });
  return 'ended';
}
