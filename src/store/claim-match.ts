import type { AgentState } from '../domain/agent';
import type { Interaction } from '../domain/interaction';
import { agentRepository, type ReadyOptions } from './agent-repository';
import type { Db } from './db';
import { routingOrder, waitingIn } from './interaction-repository';
import { fromInteractionRow } from './interaction-rows';
import { interactions } from './schema';

/** What one matcher holds: the head of a queue and the agents who could take it, all locked by its transaction. */
export interface ClaimedMatch {
  /** Waiting calls at the head of the queue, in routing order. */
  interactions: Interaction[];
  /** Agents ready for the queue, longest idle first; empty when no call was claimed. */
  agents: AgentState[];
}

/** Options of `claimMatch`: how many head calls to lock, and the queue's presence rule. */
export interface ClaimMatchOptions extends ReadyOptions {
  /** How many calls from the head of the queue to lock; 1 unless given. */
  interactions?: number;
}

/**
 * Locks, with `FOR UPDATE SKIP LOCKED`, the calls at the head of a queue and the agents ready for it, for
 * the router to pick from. Run inside `Store.transaction` and write the offer there: rows another
 * matcher holds are skipped, so instances sharing a database never offer one agent two calls or one call
 * to two agents.
 */
export async function claimMatch(
  tx: Db,
  tenantId: string,
  queueId: string,
  options: ClaimMatchOptions = {},
): Promise<ClaimedMatch> {
  const rows = await tx
    .select()
    .from(interactions)
    .where(waitingIn(tenantId, queueId))
    .orderBy(...routingOrder)
    .limit(options.interactions ?? 1)
    .for('update', { skipLocked: true });
  if (rows.length === 0) return { interactions: [], agents: [] };
  const agents = await agentRepository(tx).ready(tenantId, queueId, options);
  return { interactions: rows.map(fromInteractionRow), agents };
}
