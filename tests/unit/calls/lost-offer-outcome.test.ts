import { transition } from '../../../src/calls/transition';
import { agent, arrived, context, other, run, t0 } from './fixtures';

// Issue 4 (scale-out): a transfer's outcome can be lost with the instance it was sent to, and a restarted
// instance probes calls another instance offered meanwhile. These settle an offer from what is true now.

/** Answered, greeted, in the menu, queued in sales (key 1) at t0 + 6 s. */
function inSales() {
  const [i] = run(arrived(), [
    { type: 'established', at: t0 + 1000 },
    { type: 'mediaCompleted', context: 'greeting:1', ok: true, at: t0 + 5000 },
    { type: 'mediaCompleted', context: 'menu:2', ok: true, at: t0 + 5000 },
    { type: 'tone', key: '1', sequenceId: 1, at: t0 + 6000 },
  ]);
  return i;
}

function offered() {
  const [i] = run(inSales(), [{ type: 'offer', agentId: agent, at: t0 + 10_000 }]);
  return i;
}

const connectedCommands = (at: number) => [
  { type: 'log', name: 'connected', data: { queueId: 'sales', agentId: agent, waitedMs: at - (t0 + 6000) } },
  { type: 'agent.connected', agentId: agent },
  { type: 'timer.cancel', name: 'menuTimeout' },
  { type: 'timer.cancel', name: 'maxWait' },
  { type: 'timer.cancel', name: 'announce' },
  { type: 'timer.cancel', name: 'keepAlive' },
  { type: 'timer.cancel', name: 'mediaWatchdog' },
  { type: 'timer.cancel', name: 'callbackOffer' },
];

describe('an offer whose outcome notification was lost', () => {
  it('connects when Teams shows the agent in a call, and the late transferred notification changes nothing', () => {
    const [connected, [commands]] = run(offered(), [{ type: 'agentInCall', at: t0 + 12_000 }]);
    expect(connected.state).toEqual({
      kind: 'connected',
      queueId: 'sales',
      agentId: agent,
      connectedAt: t0 + 12_000,
      enqueuedAt: t0 + 6000,
    });
    expect(commands).toEqual(connectedCommands(t0 + 12_000));
    const late = { type: 'terminated', transferred: true, code: 0, subcode: 7015, at: t0 + 12_500 } as const;
    expect(transition(connected, late, context())).toEqual([connected, []]);
  });

  it('ignores the agent in a call during an announced offer: that call is the whisper', () => {
    const offering = offered();
    const announced = {
      ...offering,
      state: {
        ...(offering.state as Extract<typeof offering.state, { kind: 'offering' }>),
        announced: { leg: 'l1', phase: 'whispering' as const, agentCallId: 'agent-leg', whisper: undefined },
      },
    } as typeof offering;
    expect(transition(announced, { type: 'agentInCall', at: t0 + 12_000 }, context())).toEqual([
      announced,
      [],
    ]);
  });

  it('changes nothing while queued: only an offer waits for the agent', () => {
    const queued = inSales();
    expect(transition(queued, { type: 'agentInCall', at: t0 + 12_000 }, context())).toEqual([queued, []]);
  });
});

describe('a call Graph no longer knows (probed after a restart)', () => {
  it('connects an offer whose agent Teams shows in a call', () => {
    const [connected, [commands]] = run(offered(), [
      { type: 'gone', agentsInCall: [other, agent], at: t0 + 20_000 },
    ]);
    expect(connected.state).toMatchObject({ kind: 'connected', agentId: agent });
    expect(commands).toEqual(connectedCommands(t0 + 20_000));
  });

  it('leaves a young offer to its own notification when the agent is not seen in a call', () => {
    const offering = offered();
    const gone = { type: 'gone', agentsInCall: [other], at: t0 + 20_000 } as const;
    expect(transition(offering, gone, context())).toEqual([offering, []]);
  });

  it('ends an offer older than the longest ring as abandoned and frees the agent', () => {
    const [ended, [commands]] = run(offered(), [
      { type: 'gone', agentsInCall: [], at: t0 + 10_000 + 200_000 },
    ]);
    expect(ended.state).toMatchObject({ kind: 'ended', reason: 'abandonedDuringOffer' });
    expect(commands).toContainEqual({
      type: 'agent.released',
      agentId: agent,
      reason: 'abandonedDuringOffer',
    });
  });

  it('ends a queued caller as abandoned in the queue', () => {
    const [ended, [commands]] = run(inSales(), [{ type: 'gone', agentsInCall: [agent], at: t0 + 16_000 }]);
    expect(ended.state).toMatchObject({ kind: 'ended', reason: 'abandonedInQueue' });
    expect(commands).toContainEqual({
      type: 'log',
      name: 'abandoned',
      data: { queueId: 'sales', waitedMs: 10_000 },
    });
  });

  it('ends a call in the IVR as abandoned in the flow', () => {
    const [inMenu] = run(arrived(), [{ type: 'established', at: t0 + 1000 }]);
    const [ended] = run(inMenu, [{ type: 'gone', agentsInCall: [], at: t0 + 3000 }]);
    expect(ended.state).toMatchObject({ kind: 'ended', reason: 'abandonedInFlow' });
  });
});
