import { randomUUID } from 'node:crypto';
import type { AgentState } from '../../../src/domain/agent';
import type { Interaction, InteractionState } from '../../../src/domain/interaction';
import type { Store } from '../../../src/store';

/** A fresh tenant id, so tests sharing one database never see each other's rows. */
export const newTenant = (): string => `tenant-${randomUUID()}`;

/** A newly arrived interaction (answering), with any field overridden. */
export function anInteraction(tenantId: string, overrides: Partial<Interaction> = {}): Interaction {
  const id = randomUUID();
  return {
    id,
    tenantId,
    channel: 'voice',
    callId: `call-${id}`,
    caller: '+14255550123',
    dialled: '+14255550100',
    flowId: 'main',
    ivrPath: [],
    state: { kind: 'answering' },
    media: { seq: 0, playing: undefined },
    arrivedAt: 1_700_000_000_000,
    version: 1,
    ...overrides,
  };
}

/** The state of a call waiting in `queueId`; `rank` defaults to the enqueue time. */
export function queued(
  queueId: string,
  priority: number,
  enqueuedAt: number,
  rank = enqueuedAt,
): InteractionState {
  return { kind: 'queued', queueId, priority, rank, enqueuedAt };
}

/** The next version of an interaction in a new state, as a transition returns it. */
export function moved(interaction: Interaction, state: InteractionState): Interaction {
  return { ...interaction, state, version: interaction.version + 1 };
}

/** Stores interactions waiting in a queue, one per entry of `states`, and returns them. */
export async function seedWaiting(
  store: Store,
  tenantId: string,
  states: InteractionState[],
): Promise<Interaction[]> {
  const stored = states.map((state) => anInteraction(tenantId, { state }));
  for (const interaction of stored) await store.interactions.insert(interaction);
  return stored;
}

/** Creates agents signed in to `queueId`, available and present in Teams; idle since `i * 1000`. */
export async function seedReadyAgents(
  store: Store,
  tenantId: string,
  queueId: string,
  count: number,
): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `agent-${i}`);
  await store.agents.upsertConfigured(
    tenantId,
    ids.map((id) => ({ id, status: 'available', signedInQueues: [queueId] })),
    0,
  );
  await store.agents.setPresence(
    tenantId,
    ids.map((id) => ({ id, availability: 'Available', activity: 'Available' })),
    0,
  );
  return ids;
}

/** The agent reserved for an interaction, as routing writes an offer. */
export function reservedFor(agent: AgentState, interactionId: string, at: number): AgentState {
  return { ...agent, status: 'reserved', since: at, lastOfferedAt: at, interactionId };
}

/** A promise with its resolver, to make two transactions overlap on purpose. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A promise that resolves once `arrive` has been called `count` times. */
export function countdown(count: number): { promise: Promise<void>; arrive: () => void } {
  const done = deferred();
  let left = count;
  return {
    promise: done.promise,
    arrive: () => {
      left -= 1;
      if (left === 0) done.resolve();
    },
  };
}
