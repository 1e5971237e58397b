import { type AgentRepository, agentRepository } from './agent-repository';
import { type ClaimMatchOptions, claimMatch } from './claim-match';
import { contactRepository } from './contact-repository';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { eventLog } from './event-log';
import { guard } from './guard';
import { inboxRepository } from './inbox';
import { interactionHistory } from './interaction-history';
import { type InteractionRepository, interactionRepository } from './interaction-repository';
import { noteRepository } from './note-repository';
import { outboxRepository } from './outbox';
import { reportQueries } from './report-queries';
import { timerRepository } from './timer-repository';

/** Every repository bound to one handle, plus the match claim; what a `Store.transaction` callback gets. */
export function repositories(db: Db) {
  return {
    db,
    interactions: guard('interactions', interactionRepository(db)),
    agents: guard('agents', agentRepository(db)),
    events: guard('events', eventLog(db)),
    outbox: guard('outbox', outboxRepository(db)),
    timers: guard('timers', timerRepository(db)),
    notes: guard('notes', noteRepository(db)),
    inbox: guard('inbox', inboxRepository(db)),
    history: guard('history', interactionHistory(db)),
    contacts: guard('contacts', contactRepository(db)),
    reports: guard('reports', reportQueries(db)),
    /** Locks a queue's head calls and ready agents for the router; see `claimMatch`. */
    claimMatch: (tenantId: string, queueId: string, options?: ClaimMatchOptions) =>
      storeOperation('claimMatch', { tenantId, queueId }, () => claimMatch(db, tenantId, queueId, options)),
  };
}

/** The repositories inside one transaction: row locks taken here hold until it commits or rolls back. */
export type StoreTx = ReturnType<typeof repositories>;

/**
 * The repositories outside a transaction (autocommit). Row locks would end with their own statement, so
 * the locking reads are left out: take them in `Store.transaction`.
 */
export type AutocommitRepositories = Omit<StoreTx, 'db' | 'claimMatch' | 'interactions' | 'agents'> & {
  interactions: Omit<InteractionRepository, 'lock' | 'lockByCallId'>;
  agents: Omit<AgentRepository, 'lock' | 'ready' | 'setQueueSignIn'>;
};
