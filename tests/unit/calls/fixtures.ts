import { arrive } from '../../../src/calls/arrive';
import type { CallContext, Schedule } from '../../../src/calls/call-context';
import type { CallEvent } from '../../../src/calls/call-event';
import type { Command } from '../../../src/calls/command';
import { transition } from '../../../src/calls/transition';
import { FlowSchema, QueueSchema } from '../../../src/config';
import type { Interaction } from '../../../src/domain/interaction';

export const t0 = Date.UTC(2026, 10, 24, 10, 0, 0);
export const agent = 'a0000000-0000-4000-8000-000000000001';
export const other = 'a0000000-0000-4000-8000-000000000002';

export const flow = FlowSchema.parse({
  id: 'main',
  greeting: 'welcome',
  start: { type: 'menu', menu: 'root' },
  menus: [
    {
      id: 'root',
      prompt: 'main-menu',
      choices: {
        '1': { type: 'queue', queue: 'sales' },
        '2': { type: 'queue', queue: 'support' },
        '*': { type: 'repeat' },
      },
      timeoutSeconds: 5,
      retries: 1,
      onFailure: { type: 'disconnect' },
    },
  ],
  whenClosed: { type: 'disconnect', prompt: 'closed' },
});

export const sales = QueueSchema.parse({
  id: 'sales',
  name: 'Sales',
  maxWait: 120,
  maxSize: 2,
  announcements: { everySeconds: 30 },
});
export const support = QueueSchema.parse({
  id: 'support',
  name: 'Support',
  maxWait: 60,
  maxWaitAction: { type: 'queue', queue: 'sales' },
});

/** A context over the fixtures; override what a test needs. */
export function context(
  overrides: Partial<CallContext> & { waitingNow?: Record<string, number> } = {},
): CallContext {
  const { waitingNow = {}, ...rest } = overrides;
  return {
    flow: (id) => (id === 'main' ? flow : undefined),
    queue: (id) => ({ sales, support })[id as 'sales' | 'support'],
    schedule: { kind: 'open' } as Schedule,
    waiting: (queueId) => waitingNow[queueId] ?? 0,
    place: { position: 2, estimatedWaitSeconds: 90 },
    keepAliveMs: 600_000,
    playSeconds: (prompts) => prompts.length * 20,
    ...rest,
  };
}

export function arrived(ctx = context()): Interaction {
  return arrive(
    {
      id: 'i1',
      tenantId: 't1',
      callId: 'c1',
      caller: '+14255550123',
      dialled: '+14255550100',
      flowId: 'main',
      at: t0,
    },
    ctx,
  )[0];
}

/** Applies events in order, returning the last interaction and every command issued on the way. */
export function run(start: Interaction, events: CallEvent[], ctx = context()): [Interaction, Command[][]] {
  let current = start;
  const all: Command[][] = [];
  for (const event of events) {
    const [next, commands] = transition(current, event, ctx);
    current = next;
    all.push(commands);
  }
  return [current, all];
}

/** The context string of the play command in a list. */
export function played(commands: Command[]): string | undefined {
  return commands.find((c): c is Extract<Command, { type: 'graph.play' }> => c.type === 'graph.play')
    ?.context;
}

export const shipped = (name: string) => ({ kind: 'shipped', name });
