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
      if (offerStillRinging(interaction, deps.now())) continue;
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
  // What a missing call means depends on its state when processed: another instance may have offered it
  // since `held` was read, and a transferred call is gone too. The state machine decides, under the lock.
  const agentsInCall = (await deps.store.agents.list(tenantId))
    .filter((agent) => agent.presence?.activity === 'InACall')
    .map((agent) => agent.id);
  await deps.processor.event(tenantId, interaction.callId, { type: 'gone', agentsInCall, at });
  return 'ended';
}

/** The longest a queue may ring an agent (`agentAlertSeconds` at most 180), and some slack. */
const longestOfferMs = 200_000;

/**
 * An offer younger than the longest ring settles by its own notification (transfer failed, or the bot's leg
 * ended as transferred), which another instance receives. Probing it now would race that instance: once
 * the transfer completes the call is gone, and presence may not show the agent in a call yet.
 */
function offerStillRinging(interaction: Interaction, now: number): boolean {
  return interaction.state.kind === 'offering' && now - interaction.state.offeredAt < longestOfferMs;
}
