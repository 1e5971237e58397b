import type { AgentState } from '../domain/agent';
import type { Interaction } from '../domain/interaction';
import { agentRepository, type ReadyOptions } from './agent-repository';
import type { Db } from './db';
import { routingOrder, waitingIn } from './interaction-repository';
import { fromInteractionRow } from './interaction-rows';
import { interactions } from './schema';

/** What one matcher holds: the head of a queue, locked by its transaction, and the agents who could take it. */
export interface ClaimedMatch {
  /** Waiting calls at the head of the queue, in routing order. */
  interactions: Interaction[];
  /**
   * Agents ready for the queue, longest idle first; empty when no call was claimed. Read without locks:
   * locking every ready agent costs milliseconds per thousand, so the router locks only the one it picks
   * (`agents.lockReady`, which checks again) and picks another when that one was taken meanwhile.
   */
  agents: AgentState[];
}

/** Options of `claimMatch`: how many head calls to lock, and the queue's presence rule. */
export interface ClaimMatchOptions extends ReadyOptions {
  /** How many calls from the head of the queue to lock; 1 unless given. */
  interactions?: number;
}

/**
 * Locks the calls at the head of a queue and reads the agents ready for it, for the router to pick from.
 * Run inside `Store.transaction` and write the offer there. The head is locked with a plain `FOR UPDATE`:
 * a second matcher of the queue waits for the first and then claims the next caller (PostgreSQL checks a
 * row again once its lock is released), and a caller whose row a notification holds for a moment keeps
 * their place instead of being skipped. So instances sharing a database never offer one call twice, and
 * serve each queue in order.
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
    .for('update');
  if (rows.length === 0) return { interactions: [], agents: [] };
  const agents = await agentRepository(tx).ready(tenantId, queueId, { ...options, lock: false });
  return { interactions: rows.map(fromInteractionRow), agents };
}
