import type { Command } from '../../../src/calls/command';
import { transition } from '../../../src/calls/transition';
import { QueueSchema } from '../../../src/config';
import type { Interaction } from '../../../src/domain/interaction';
import { agent, arrived, context, run, t0 } from './fixtures';

/** A queue that widens twice: lower support level after 30 s, then any agent of sales too after 90 s. */
const escalating = QueueSchema.parse({
  id: 'support',
  name: 'Support',
  skills: { support: 4 },
  maxWait: 600,
  escalation: [
    { afterSeconds: 30, skills: { support: 2 } },
    { afterSeconds: 90, addAgentsFrom: ['sales'] },
  ],
});
const ctx = context({ queue: (id) => (id === 'support' ? escalating : undefined) });
const enqueuedAt = t0 + 6000;

/** Answered, greeted, and queued in support by key 2 at `enqueuedAt`. */
function queued(): [Interaction, Command[]] {
  const [i, all] = run(
    arrived(ctx),
    [
      { type: 'established', at: t0 + 1000 },
      { type: 'mediaCompleted', context: 'greeting:1', ok: true, at: t0 + 5000 },
      { type: 'mediaCompleted', context: 'menu:2', ok: true, at: t0 + 5000 },
      { type: 'tone', key: '2', sequenceId: 1, at: enqueuedAt },
    ],
    ctx,
  );
  return [i, all.at(-1) ?? []];
}
const escalate = (at: number) => ({ type: 'timer', name: 'escalate', at }) as const;
const logged = (commands: Command[]) => commands.filter((c) => c.type === 'log');

describe('escalation in the call state machine', () => {
  it('arms a timer for the first step when the caller is queued', () => {
    const [, commands] = queued();
    expect(commands).toContainEqual({ type: 'timer.set', name: 'escalate', dueAt: enqueuedAt + 30_000 });
  });

  it('applies a step when its time comes: logged once, routing woken, the next step armed', () => {
    const [waiting] = queued();
    const [after, commands] = transition(waiting, escalate(enqueuedAt + 30_000), ctx);
    expect(after.state).toMatchObject({ kind: 'queued', queueId: 'support', escalated: 1 });
    expect(commands).toEqual([
      {
        type: 'log',
        name: 'escalated',
        data: {
          queueId: 'support',
          step: 1,
          afterSeconds: 30,
          skills: { support: 2 },
          agentsFrom: ['support'],
          waitedMs: 30_000,
        },
      },
      { type: 'routing.wake', queueId: 'support' },
      { type: 'timer.set', name: 'escalate', dueAt: enqueuedAt + 90_000 },
    ]);
    const [again, repeated] = transition(after, escalate(enqueuedAt + 30_050), ctx);
    expect(again.state).toEqual(after.state);
    expect(logged(repeated)).toEqual([]);
  });

  it('applies every step a late timer finds reached, each logged, and arms nothing past the last', () => {
    const [waiting] = queued();
    const [after, commands] = transition(waiting, escalate(enqueuedAt + 100_000), ctx);
    expect(after.state).toMatchObject({ escalated: 2 });
    expect(logged(commands).map((c) => (c.type === 'log' ? c.data.step : undefined))).toEqual([1, 2]);
    expect(logged(commands)[1]).toMatchObject({ data: { agentsFrom: ['support', 'sales'] } });
    expect(commands.filter((c) => c.type === 'timer.set')).toEqual([]);
  });

  it('applies a step reached during an offer when the offer is missed, and keeps steps across the offer', () => {
    const [waiting] = queued();
    const [offering] = transition(waiting, { type: 'offer', agentId: agent, at: enqueuedAt + 20_000 }, ctx);
    // The step's timer fires while the agent's Teams rings: nothing happens yet.
    expect(transition(offering, escalate(enqueuedAt + 30_000), ctx)).toEqual([offering, []]);
    const [back, commands] = transition(
      offering,
      { type: 'transferFailed', code: 500, subcode: 7000, at: enqueuedAt + 50_000 },
      ctx,
    );
    expect(back.state).toMatchObject({ kind: 'queued', escalated: 1 });
    expect(logged(commands).map((c) => (c as { name: string }).name)).toEqual(['missed', 'escalated']);
    expect(commands).toContainEqual({ type: 'timer.set', name: 'escalate', dueAt: enqueuedAt + 90_000 });
  });

  it('sets no escalation timer for a queue without steps', () => {
    const plain = context();
    const [, all] = run(
      arrived(plain),
      [
        { type: 'established', at: t0 + 1000 },
        { type: 'mediaCompleted', context: 'greeting:1', ok: true, at: t0 + 5000 },
        { type: 'mediaCompleted', context: 'menu:2', ok: true, at: t0 + 5000 },
        { type: 'tone', key: '1', sequenceId: 1, at: enqueuedAt },
      ],
      plain,
    );
    const commands = all.flat();
    expect(commands).toContainEqual({
      type: 'log',
      name: 'queued',
      data: { queueId: 'sales', priority: 3, serviceLevelSeconds: 20 },
    });
    expect(commands.filter((c) => c.type === 'timer.set' && c.name === 'escalate')).toEqual([]);
  });
});
