import type { AgentRow, QueueTile } from '../../../tabs/shared';

/** A quiet Sales tile with every threshold set: 5 waiting, 60 s longest wait, 80 % service level. */
export function tile(overrides: Partial<QueueTile> = {}): QueueTile {
  return {
    queueId: 'sales',
    name: 'Sales',
    waiting: 0,
    longestWaitSeconds: 0,
    longestWaitingSince: null,
    callbacksWaiting: 0,
    today: {
      offered: 10,
      answered: 9,
      abandoned: 1,
      shortAbandoned: 0,
      serviceLevel: 0.9,
      asaSeconds: 12,
      abandonRate: 0.1,
    },
    agents: { available: 2, busy: 1, wrapUp: 0, notReady: 1, offline: 0 },
    thresholds: { serviceLevelSeconds: 20, serviceLevelPercent: 80, waitingCalls: 5, longestWaitSeconds: 60 },
    ...overrides,
  };
}

/** An agent row of the grid, available in the given queues. */
export function agent(name: string, queues: string[], overrides: Partial<AgentRow> = {}): AgentRow {
  return {
    agentId: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
    name,
    status: 'available',
    reason: null,
    since: '2026-05-04T09:00:00.000Z',
    secondsInState: 90,
    interactionId: null,
    queues,
    signedInQueues: queues,
    handledToday: 3,
    missedToday: 0,
    ...overrides,
  };
}
