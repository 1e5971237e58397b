import { type AfterCommit, applyStep, changeAgent } from '../calls/apply-step';
import type { CallProcessor } from '../calls/call-processor';
import { transition } from '../calls/transition';
import type { ContactCenterDirectory, Queue } from '../config';
import type { AgentState } from '../domain/agent';
import type { ReadyOptions, Store } from '../store';
import { criteriaAfter, queuesEscalationMayAdd } from './escalation';
import { type Candidate, pickAgent } from './pick-agent';

export interface RouterDeps {
  store: Store;
  directory: ContactCenterDirectory;
  processor: CallProcessor;
  now(): number;
}

/** Callers from the head of a queue with escalation that one offer considers, in routing order. */
const headLookahead = 10;

/** Most offers one wake-up makes before yielding, so one busy queue cannot starve the others. */
const maxOffersPerRun = 50;

/** Ready agents read at a time, for methods that pick the first eligible agent in the store's order. */
export const agentPage = 20;

/**
 * How a queue's matcher reads its ready agents. Longest idle and round robin pick the first eligible agent
 * in an order the store can read in, so they read a page at a time (a queue of 2,000 ready agents costs 20
 * rows, not 2,000); skills-based and serial routing rank every ready agent, so they read them all.
 */
export function readyOptions(queue: Queue, alsoFrom: string[]): ReadyOptions {
  const common = { requirePresence: queue.presenceBasedRouting, alsoFrom };
  return queue.routing === 'longestIdle' || queue.routing === 'roundRobin'
    ? { ...common, order: queue.routing, limit: agentPage }
    : common;
}

/**
 * Matches waiting calls with ready agents. Each offer is one transaction that locks the head of the queue
 * (waiting for another router or a notification that holds it, so callers keep their order) and the chosen
 * agent (skipping one another transaction holds), reserves the agent and offers the call, so any number of
 * instances can route the same tenant without offering one agent two calls or one call twice.
 */
export function createRouter(deps: RouterDeps) {
  const { directory, processor } = deps;

  async function offerOnce(tenantId: string, queueId: string): Promise<boolean> {
    const queue = directory.queue(tenantId, queueId);
    if (!queue) return false;
    const alsoFrom = queuesEscalationMayAdd(queue);
    const ready = readyOptions(queue, alsoFrom);
    const toCandidates = (states: AgentState[]): Candidate[] =>
      states.flatMap((state) => {
        const config = directory.agent(state.id)?.agent;
        return config ? [{ config, state }] : [];
      });
    return processor.run(async (tx, out: AfterCommit) => {
      const at = deps.now();
      // Escalated callers may reach agents the head cannot: look a few places down the line.
      const claim = await tx.claimMatch(tenantId, queueId, {
        ...ready,
        interactions: alsoFrom.length > 0 || queue.escalation.length > 0 ? headLookahead : 1,
      });
      if (claim.interactions.length === 0 || claim.agents.length === 0) return false;
      let candidates = toCandidates(claim.agents);
      let read = claim.agents.length;
      let more = read === ready.limit;
      for (const interaction of claim.interactions) {
        const applied = 'escalated' in interaction.state ? (interaction.state.escalated ?? 0) : 0;
        const { skills, queueIds } = criteriaAfter(queue, applied);
        // The candidates were read unlocked: lock the pick, and pick again if another matcher took it.
        let agentId: string | undefined;
        while (agentId === undefined) {
          const chosen = pickAgent(queue, candidates, skills, queueIds);
          if (!chosen && more) {
            // No one eligible (skills, escalation) among those read: read the next page in the same order.
            const page = await tx.agents.ready(tenantId, queueId, { ...ready, lock: false, offset: read });
            read += page.length;
            more = page.length === ready.limit;
            candidates = [...candidates, ...toCandidates(page)];
            continue;
          }
          if (!chosen) break;
          const locked = await tx.agents.lockReady(tenantId, chosen.state.id, queueId, {
            requirePresence: queue.presenceBasedRouting,
            alsoFrom,
          });
          if (locked) agentId = locked.id;
          else candidates = candidates.filter((candidate) => candidate !== chosen);
        }
        if (agentId === undefined) continue;
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
      }
      return false;
    });
  }

  async function routeQueue(tenantId: string, queueId: string): Promise<number> {
    let offers = 0;
    while (offers < maxOffersPerRun && (await offerOnce(tenantId, queueId))) offers++;
    return offers;
  }

  return {
    routeQueue,

    /** One offer from the head of a queue, if a call waits and an agent is ready: whether one was made. */
    offerNext: offerOnce,

    /** An agent became available: the queues they are signed in to may have someone for them. */
    async routeAgent(tenantId: string, agentId: string): Promise<number> {
      const agent = await deps.store.agents.get(tenantId, agentId);
      const own = agent?.signedInQueues ?? [];
      // Queues whose escalation may reach this agent too; their escalated callers wait for one like them.
      const escalating = (directory.tenant(tenantId)?.queues ?? [])
        .filter((q) => !own.includes(q.id) && queuesEscalationMayAdd(q).some((id) => own.includes(id)))
        .map((q) => q.id);
      let offers = 0;
      for (const queueId of [...own, ...escalating]) offers += await routeQueue(tenantId, queueId);
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
