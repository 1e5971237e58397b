import type { CallEvent } from '../../../src/calls/call-event';
import { dialable } from '../../../src/calls/callback-setup';
import { transition } from '../../../src/calls/transition';
import { QueueSchema } from '../../../src/config';
import type { Interaction, InteractionState } from '../../../src/domain/interaction';
import { agent, arrived, context, t0 } from './fixtures';

const cb = QueueSchema.parse({
  id: 'cb',
  name: 'Callbacks',
  maxWait: 600,
  callback: { key: '1', offerAfterSeconds: 30, attempts: 2, retryAfterSeconds: 60 },
  voicemail: { key: '2', maxSeconds: 60 },
});
const ctx = context({ queue: (id) => (id === 'cb' ? cb : undefined) });
const place = { queueId: 'cb', priority: 3, rank: t0, enqueuedAt: t0 };
const callback = { number: '+14255550123', attempts: 0 };

function inState(
  state: InteractionState,
  media: Interaction['media'] = { seq: 4, playing: undefined },
): Interaction {
  return { ...arrived(), state, media };
}
const legEvent = (event: Extract<CallEvent, { type: 'leg' }>['event'], callId = 'leg-1'): CallEvent => ({
  type: 'leg',
  leg: 'callback',
  callId,
  event,
  at: event.at,
});

describe('callbacks in the call state machine', () => {
  it('offers the callback and voicemail after offerAfterSeconds, then the music again', () => {
    const [next, commands] = transition(
      inState({ kind: 'queued', ...place }, { seq: 4, playing: 'music:4' }),
      { type: 'timer', name: 'callbackOffer', at: t0 + 30_000 },
      ctx,
    );
    expect(next.media.playing).toBe('music:5');
    expect(commands).toContainEqual({
      type: 'graph.play',
      callId: 'c1',
      context: 'music:5',
      prompts: [
        { kind: 'shipped', name: 'callback-offer' },
        { kind: 'shipped', name: 'voicemail-offer' },
        { kind: 'shipped', name: 'music-on-hold' },
      ],
    });
  });

  it('asks to confirm the caller id when the callback key is pressed, keeping the place', () => {
    const [next] = transition(
      inState({ kind: 'queued', ...place }),
      { type: 'tone', key: '1', sequenceId: 1, at: t0 + 40_000 },
      ctx,
    );
    expect(next.state).toEqual({
      kind: 'callbackSetup',
      ...place,
      step: 'confirm',
      keys: { after: 1, bySequence: {} },
    });
  });

  it('confirms a keyed number ending with #, then waits in place off the line', () => {
    const keying = inState({
      kind: 'callbackSetup',
      ...place,
      step: 'keying',
      keys: { after: 7, bySequence: {} },
    });
    let current = keying;
    for (const [n, key] of [...'4255550999#'].entries())
      current = transition(current, { type: 'tone', key, sequenceId: 8 + n, at: t0 }, ctx)[0];
    expect(current.state).toEqual({
      kind: 'queued',
      ...place,
      callback: { number: '+14255550999', attempts: 0 },
    });
    const [hungUp, commands] = transition(
      current,
      { type: 'mediaCompleted', context: current.media.playing ?? '', ok: true, at: t0 + 5000 },
      ctx,
    );
    expect(commands).toEqual([{ type: 'graph.hangUp', callId: 'c1' }]);
    // The caller's own call ending changes nothing: the callback waits.
    const [still, none] = transition(
      hungUp,
      { type: 'terminated', transferred: false, code: 200, subcode: 0, at: t0 + 6000 },
      ctx,
    );
    expect([still, none]).toEqual([hungUp, []]);
  });

  it('puts keys handled out of order back in tone order, and waits for a late one before the #', () => {
    const keying = inState({
      kind: 'callbackSetup',
      ...place,
      step: 'keying',
      keys: { after: 1, bySequence: {} },
    });
    const tones: [string, number][] = [...'4255550999#'].map((key, n) => [key, 2 + n]);
    // The third key is handled last, after the #.
    const order = [...tones.slice(0, 2), ...tones.slice(3), tones[2]!];
    let current = keying;
    for (const [key, sequenceId] of order.slice(0, -1)) {
      current = transition(current, { type: 'tone', key, sequenceId, at: t0 }, ctx)[0];
      expect(current.state.kind).toBe('callbackSetup');
    }
    const [late, sequenceId] = order.at(-1)!;
    current = transition(current, { type: 'tone', key: late, sequenceId, at: t0 }, ctx)[0];
    expect(current.state).toMatchObject({ kind: 'queued', callback: { number: '+14255550999' } });
  });

  it('refuses a number too short to call back and asks again', () => {
    const [next, commands] = transition(
      inState({
        kind: 'callbackSetup',
        ...place,
        step: 'keying',
        keys: { after: 1, bySequence: { 2: '5', 3: '5', 4: '5' } },
      }),
      { type: 'tone', key: '#', sequenceId: 5, at: t0 },
      ctx,
    );
    expect(next.state).toMatchObject({ kind: 'callbackSetup', keys: { after: 5, bySequence: {} } });
    expect(commands.find((c) => c.type === 'graph.play')).toMatchObject({
      prompts: [{ name: 'callback-invalid-number' }, { name: 'callback-enter-number' }],
    });
  });

  it.each([
    ['14255550999', '+14255550999'],
    ['4255550999', '+14255550999'],
    ['442071234567', '+442071234567'],
    ['555', undefined],
    ['0255550999', undefined],
  ])('reads keyed digits %s as %s', (digits, number) => {
    expect(dialable(digits)).toBe(number);
  });

  it('calls the customer back from the dialled number when an agent is reserved', () => {
    const [next, commands] = transition(
      inState({ kind: 'queued', ...place, callback }),
      { type: 'offer', agentId: agent, at: t0 + 100_000 },
      ctx,
    );
    expect(next.state).toEqual({
      kind: 'callingBack',
      ...place,
      agentId: agent,
      offeredAt: t0 + 100_000,
      callback,
      phase: 'ringing',
      legCallId: undefined,
    });
    expect(commands).toContainEqual({
      type: 'graph.placeCall',
      callId: 'c1',
      leg: 'callback',
      target: { kind: 'phone', phone: '+14255550123' },
      from: '+14255550100',
    });
  });

  it('places no callback while the flow is closed: the agent is let go and the callback waits in place', () => {
    const [next, commands] = transition(
      inState({ kind: 'queued', ...place, callback }),
      { type: 'offer', agentId: agent, at: t0 },
      context({ queue: () => cb, schedule: { kind: 'closed' } }),
    );
    expect(next.state).toEqual({ kind: 'callbackDelay', ...place, callback, reason: 'closed' });
    expect(commands).toContainEqual({ type: 'agent.released', agentId: agent, reason: 'notAnswered' });
    expect(commands).toContainEqual({ type: 'timer.set', name: 'callbackRetry', dueAt: t0 + 60_000 });
    expect(commands.some((c) => c.type === 'graph.placeCall')).toBe(false);
  });

  const ringing = inState({
    kind: 'callingBack',
    ...place,
    agentId: agent,
    offeredAt: t0,
    callback,
    phase: 'ringing',
    legCallId: undefined,
  });

  it('greets the customer on the outbound call and transfers them to the agent on 1', () => {
    const [greeting, greet] = transition(ringing, legEvent({ type: 'established', at: t0 + 5000 }), ctx);
    expect(greeting.state).toMatchObject({ phase: 'greeting', legCallId: 'leg-1' });
    expect(greet).toContainEqual({ type: 'graph.subscribeToTone', callId: 'leg-1' });
    expect(greet).toContainEqual(expect.objectContaining({ type: 'graph.play', callId: 'leg-1' }));
    const [transferring, transfer] = transition(
      greeting,
      legEvent({ type: 'tone', key: '1', sequenceId: 1, at: t0 + 8000 }),
      ctx,
    );
    expect(transferring.state).toMatchObject({ phase: 'transferring' });
    expect(transfer).toContainEqual({
      type: 'graph.transfer',
      callId: 'leg-1',
      target: { kind: 'user', userId: agent },
    });
    const [connected, done] = transition(
      transferring,
      legEvent({ type: 'terminated', transferred: true, code: 0, subcode: 7015, at: t0 + 12_000 }),
      ctx,
    );
    expect(connected.state).toEqual({
      kind: 'connected',
      queueId: 'cb',
      agentId: agent,
      connectedAt: t0 + 12_000,
      enqueuedAt: t0,
    });
    expect(done).toContainEqual({ type: 'agent.connected', agentId: agent });
  });

  it('learns the outbound call id from a notification that comes before the create answer', () => {
    const [greeting] = transition(ringing, legEvent({ type: 'established', at: t0 + 1000 }, 'early'), ctx);
    const [same] = transition(greeting, legEvent({ type: 'placed', at: t0 + 1100 }, 'early'), ctx);
    expect(same.state).toMatchObject({ phase: 'greeting', legCallId: 'early' });
  });

  it('frees the agent and waits retryAfterSeconds after an unanswered attempt', () => {
    const [next, commands] = transition(
      ringing,
      legEvent({ type: 'terminated', transferred: false, code: 480, subcode: 10076, at: t0 + 60_000 }),
      ctx,
    );
    expect(next.state).toEqual({
      kind: 'callbackDelay',
      ...place,
      callback: { ...callback, attempts: 1 },
      reason: 'retry',
    });
    expect(commands).toEqual(
      expect.arrayContaining([
        { type: 'agent.released', agentId: agent, reason: 'notAnswered' },
        { type: 'timer.set', name: 'callbackRetry', dueAt: t0 + 120_000 },
        { type: 'log', name: 'callbackAttempt', data: { queueId: 'cb', attempt: 1, outcome: 'notAnswered' } },
      ]),
    );
    const [again, wake] = transition(next, { type: 'timer', name: 'callbackRetry', at: t0 + 120_000 }, ctx);
    expect(again.state).toEqual({ kind: 'queued', ...place, callback: { ...callback, attempts: 1 } });
    expect(wake).toContainEqual({ type: 'routing.wake', queueId: 'cb' });
  });

  it('gives up with a recorded outcome when the attempts are spent', () => {
    const last = inState({
      ...(ringing.state as object),
      callback: { ...callback, attempts: 1 },
    } as InteractionState);
    const [next, commands] = transition(last, legEvent({ type: 'placeFailed', reason: '403', at: t0 }), ctx);
    expect(next.state).toEqual({ kind: 'ended', reason: 'callbackGaveUp', endedAt: t0 });
    expect(commands).toContainEqual({
      type: 'log',
      name: 'callbackGaveUp',
      data: { queueId: 'cb', attempts: 2 },
    });
  });

  it('hangs up an attempt nobody answers in time', () => {
    const greeting = inState({
      ...(ringing.state as object),
      phase: 'greeting',
      legCallId: 'leg-1',
    } as InteractionState);
    const [next, commands] = transition(
      greeting,
      { type: 'timer', name: 'legTimeout', at: t0 + 30_000 },
      ctx,
    );
    expect(commands[0]).toEqual({ type: 'graph.hangUp', callId: 'leg-1' });
    expect(next.state).toMatchObject({ kind: 'callbackDelay', callback: { attempts: 1 } });
  });

  it('counts a transfer the agent did not answer as a missed offer and puts the callback back at the head', () => {
    const transferring = inState({
      ...(ringing.state as object),
      phase: 'transferring',
      legCallId: 'leg-1',
    } as InteractionState);
    const [next, commands] = transition(
      transferring,
      legEvent({ type: 'transferFailed', code: 500, subcode: 7000, at: t0 + 20_000 }),
      ctx,
    );
    expect(next.state).toMatchObject({ kind: 'queued', callback, queueId: 'cb' });
    expect((next.state as { rank: number }).rank).toBeLessThan(t0);
    expect(commands).toEqual(
      expect.arrayContaining([
        { type: 'agent.missed', agentId: agent },
        { type: 'graph.hangUp', callId: 'leg-1' },
      ]),
    );
  });

  it('starts a waiting callback now when asked: to the head of the queue, out of its spacing', () => {
    const delayed = inState({ kind: 'callbackDelay', ...place, callback, reason: 'retry' });
    const [next, commands] = transition(delayed, { type: 'callbackNow', at: t0 }, ctx);
    expect(next.state).toEqual({ kind: 'queued', ...place, callback });
    expect(commands).toContainEqual({ type: 'timer.cancel', name: 'callbackRetry' });
  });
});
