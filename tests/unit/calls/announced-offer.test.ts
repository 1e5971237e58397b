import type { CallEvent } from '../../../src/calls/call-event';
import type { Command } from '../../../src/calls/command';
import { transition } from '../../../src/calls/transition';
import { QueueSchema } from '../../../src/config';
import type { Interaction } from '../../../src/domain/interaction';
import { agent, arrived, context, run, shipped, t0 } from './fixtures';

const whisperQueue = QueueSchema.parse({
  id: 'support',
  name: 'Support',
  namePrompt: 'queue-support',
  maxWait: 600,
  agentAlertSeconds: 20,
  announcedTransfer: { enabled: true, whisper: ['queueName', 'waitTime', 'caller', 'vip'] },
});
const ctx = context({ queue: (id) => (id === 'support' ? whisperQueue : undefined) });
const enqueuedAt = t0 + 6000;
const offeredAt = enqueuedAt + 150_000;
const leg = `agent-${offeredAt}`;
const agentCall = 'agent-call-1';

function queued(): Interaction {
  const [i] = run(
    arrived(ctx),
    [
      { type: 'established', at: t0 + 1000 },
      { type: 'mediaCompleted', context: 'greeting:1', ok: true, at: t0 + 5000 },
      { type: 'mediaCompleted', context: 'menu:2', ok: true, at: t0 + 5000 },
      { type: 'tone', key: '2', sequenceId: 1, at: enqueuedAt },
    ],
    ctx,
  );
  return i;
}
const step = (i: Interaction, event: CallEvent) => transition(i, event, ctx);
type Notified = Extract<CallEvent, { type: 'leg' }>['event'];
/** Something on the bot's call to the agent, as its callback reports it. */
const onLeg = (event: Notified, callId: string | undefined = agentCall, name = leg): CallEvent => ({
  type: 'leg',
  leg: name,
  callId,
  event,
  at: event.at,
});
const offered = () => step(queued(), { type: 'offer', agentId: agent, at: offeredAt });
const answered = () => step(offered()[0], onLeg({ type: 'established', at: offeredAt + 3000 }));
const plays = (commands: Command[]) =>
  commands.filter((c): c is Extract<Command, { type: 'graph.play' }> => c.type === 'graph.play');

describe('announced transfer in the call state machine', () => {
  it('calls the agent first while the caller keeps the music, with the alert time armed', () => {
    const [offering, commands] = offered();
    expect(offering.state).toMatchObject({
      kind: 'offering',
      agentId: agent,
      announced: { leg, phase: 'ringing', agentCallId: undefined },
    });
    expect(offering.media.playing).toMatch(/^music:/);
    expect(commands).toEqual([
      {
        type: 'graph.placeCall',
        callId: 'c1',
        leg,
        target: { kind: 'user', userId: agent },
        from: '+14255550100',
      },
      {
        type: 'log',
        name: 'offered',
        data: { queueId: 'support', agentId: agent, waitedMs: 150_000, announced: true },
      },
      { type: 'timer.set', name: 'agentAlert', dueAt: offeredAt + 20_000 },
    ]);
  });

  it('whispers the queue, the wait, the caller’s number in digits, in that order, on the agent’s call', () => {
    const [whispering, commands] = answered();
    expect(whispering.state).toMatchObject({ announced: { phase: 'whispering', agentCallId: agentCall } });
    expect(commands[0]).toEqual({ type: 'timer.cancel', name: 'agentAlert' });
    const digits = [...'14255550123'].map((d) => shipped(`number-${d}`));
    // 2 + 3 + 12 prompts, one request; not a VIP (priority 3).
    expect(plays(commands)).toEqual([
      {
        type: 'graph.play',
        callId: agentCall,
        prompts: [
          shipped('whisper-queue'),
          shipped('queue-support'),
          shipped('whisper-waited'),
          shipped('number-2'),
          shipped('wait-minutes'),
          shipped('whisper-call-from'),
          ...digits,
        ],
        context: expect.stringMatching(/^whisper:/),
      },
    ]);
  });

  it('transfers the caller replacing the agent’s call once the whisper ends', () => {
    const [whispering, commands] = answered();
    const context = plays(commands)[0]!.context;
    const done = { type: 'mediaCompleted', ok: true, at: offeredAt + 9000 } as const;
    expect(step(whispering, onLeg({ ...done, context: 'whisper:0:0' }))[1]).toEqual([]);
    const [transferring, transfer] = step(whispering, onLeg({ ...done, context }));
    expect(transferring.state).toMatchObject({ announced: { phase: 'transferring' } });
    expect(transfer).toEqual([
      {
        type: 'graph.transfer',
        callId: 'c1',
        target: { kind: 'user', userId: agent, replacesCallId: agentCall },
      },
    ]);
    // Graph ends the agent's call as it connects them: that is no miss.
    const ended = {
      type: 'terminated',
      transferred: false,
      code: 0,
      subcode: 7015,
      at: offeredAt + 9500,
    } as const;
    expect(step(transferring, onLeg(ended))).toEqual([transferring, []]);
    const [connected, last] = step(transferring, {
      type: 'terminated',
      transferred: true,
      code: undefined,
      subcode: undefined,
      at: offeredAt + 9600,
    });
    expect(connected.state).toMatchObject({ kind: 'connected', agentId: agent });
    expect(last).toContainEqual({ type: 'agent.connected', agentId: agent });
  });

  const at = offeredAt + 20_000;
  it.each([
    [
      'declines or does not answer (Graph ends the call)',
      onLeg({ type: 'terminated', transferred: false, code: 603, subcode: 10037, at }),
    ],
    [
      'cannot be called (Graph refused the call)',
      onLeg({ type: 'placeFailed', reason: '403', at }, undefined),
    ],
    ['is still ringing at the alert time', { type: 'timer', name: 'agentAlert', at } as const],
  ])('counts an agent who %s as a missed offer, the caller back at the head', (_why, event) => {
    const [offering] = offered();
    const [back, commands] = step(offering, event);
    expect(back.state).toMatchObject({ kind: 'queued', queueId: 'support' });
    expect(back.state).not.toHaveProperty('announced');
    expect(commands).toContainEqual({ type: 'agent.missed', agentId: agent });
    expect(commands).toContainEqual({ type: 'routing.wake', queueId: 'support' });
  });

  it('ignores the alert time once the agent has answered', () => {
    const [whispering] = answered();
    expect(step(whispering, { type: 'timer', name: 'agentAlert', at: offeredAt + 20_000 })).toEqual([
      whispering,
      [],
    ]);
  });

  it('ends the agent’s call and frees the agent when the caller hangs up during the whisper', () => {
    const [whispering] = answered();
    const [ended, commands] = step(whispering, {
      type: 'terminated',
      transferred: false,
      code: 200,
      subcode: 540000,
      at: offeredAt + 5000,
    });
    expect(ended.state).toMatchObject({ kind: 'ended', reason: 'abandonedDuringOffer' });
    expect(commands).toContainEqual({
      type: 'agent.released',
      agentId: agent,
      reason: 'abandonedDuringOffer',
    });
    expect(commands).toContainEqual({ type: 'graph.hangUp', callId: agentCall });
  });

  it('hangs up a call to the agent that turns up after the offer is over', () => {
    const [offering] = offered();
    const [ended] = step(offering, {
      type: 'terminated',
      transferred: false,
      code: 200,
      subcode: 540000,
      at: offeredAt + 1000,
    });
    expect(step(ended, onLeg({ type: 'placed', at: offeredAt + 1200 }, 'late-call'))[1]).toEqual([
      { type: 'graph.hangUp', callId: 'late-call' },
    ]);
    // A callback's leg is not an agent's call: left alone.
    expect(step(ended, onLeg({ type: 'placed', at: offeredAt + 1200 }, 'cb-call', 'callback'))[1]).toEqual(
      [],
    );
  });

  it('misses the offer and hangs up the agent’s call when Graph refuses the consultative transfer', () => {
    const [whispering, commands] = answered();
    const context = plays(commands)[0]!.context;
    const [transferring] = step(
      whispering,
      onLeg({ type: 'mediaCompleted', context, ok: true, at: offeredAt + 9000 }),
    );
    const [back, failed] = step(transferring, {
      type: 'transferFailed',
      code: 500,
      subcode: 7700,
      at: offeredAt + 9500,
    });
    expect(back.state).toMatchObject({ kind: 'queued' });
    expect(failed).toContainEqual({ type: 'graph.hangUp', callId: agentCall });
    expect(failed).toContainEqual({ type: 'agent.missed', agentId: agent });
  });
});
