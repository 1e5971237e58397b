import { type AfterCommit, applyStep, changeAgent } from '../calls/apply-step';
import type { CallProcessor } from '../calls/call-processor';
import { transition } from '../calls/transition';
import type { ContactCenterDirectory } from '../config';
import type { Store } from '../store';
import { type Candidate, pickAgent } from './pick-agent';

export interface RouterDeps {
  store: Store;
  directory: ContactCenterDirectory;
  processor: CallProcessor;
  now(): number;
}

/** Most offers one wake-up makes before yielding, so one busy queue cannot starve the others. */
const maxOffersPerRun = 50;

/**
 * Matches waiting calls with ready agents. Each offer is one transaction that locks the head of the queue
 * and the ready agents with `FOR UPDATE SKIP LOCKED`, reserves the agent and offers the call, so any
 * number of instances can route the same tenant without offering one agent two calls or one call twice.
 */
export function createRouter(deps: RouterDeps) {
  const { directory, processor } = deps;

  async function offerOnce(tenantId: string, queueId: string): Promise<boolean> {
    const queue = directory.queue(tenantId, queueId);
    if (!queue) return false;
    return processor.run(async (tx, out: AfterCommit) => {
      const at = deps.now();
      const claim = await tx.claimMatch(tenantId, queueId, {
        interactions: 1,
        requirePresence: queue.presenceBasedRouting,
      });
      const interaction = claim.interactions[0];
      if (!interaction || claim.agents.length === 0) return false;
      const candidates: Candidate[] = claim.agents.flatMap((state) => {
        const config = directory.agent(state.id)?.agent;
        return config ? [{ config, state }] : [];
      });
      const chosen = pickAgent(queue, candidates);
      if (!chosen) return false;
      const agentId = chosen.state.id;
      await changeAgent(
        tx,
        processor.applyDeps,
        tenantId,
        agentId,
        { type: 'offered', interactionId: interaction.id, at },
        out,
        `${interaction.id}:offer:${at}`,
      );
      const ctx = await processor.context(tx, interaction, at);
      const [next, commands] = transition(interaction, { type: 'offer', agentId, at }, ctx);
      await applyStep(tx, processor.applyDeps, interaction, next, commands, at, out);
      return true;
    });
  }

  async function routeQueue(tenantId: string, queueId: string): Promise<number> {
    let offers = 0;
    while (offers < maxOffersPerRun && (await offerOnce(tenantId, queueId))) offers++;
    return offers;
  }

  return {
    routeQueue,

    /** An agent became available: the queues they are signed in to may have someone for them. */
    async routeAgent(tenantId: string, agentId: string): Promise<number> {
      const agent = await deps.store.agents.get(tenantId, agentId);
      let offers = 0;
      for (const queueId of agent?.signedInQueues ?? []) offers += await routeQueue(tenantId, queueId);
      return offers;
    },

    /** Routes every queue with someone waiting, in every tenant: the safety net behind the wake-ups. */
    async sweep(tenantIds: string[]): Promise<number> {
      let offers = 0;
      for (const tenantId of tenantIds) {
        const lengths = await deps.store.interactions.queueLengths(tenantId);
        for (const [queueId, waiting] of Object.entries(lengths))
          if (waiting > 0) offers += await routeQueue(tenantId, queueId);
      }
      return offers;
    },
  };
}

export type Router = ReturnType<typeof createRouter>;
