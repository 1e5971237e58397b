import type { AgentState } from '../../../src/domain/agent';
import { agentTransition } from '../../../src/routing/agent-transition';

const base: AgentState = {
  tenantId: 't',
  id: 'a1',
  status: 'available',
  reason: undefined,
  since: 0,
  idleSince: 0,
  lastOfferedAt: 0,
  signedInQueues: ['q'],
  presence: { availability: 'Available', activity: 'Available' },
  interactionId: undefined,
  callSeenInTeams: false,
};
const inCall = { availability: 'Busy', activity: 'InACall' };
const free = { availability: 'Available', activity: 'Available' };

describe('the agent state machine', () => {
  it('reserves an available agent for an offer and records when', () => {
    const [reserved, commands] = agentTransition(base, { type: 'offered', interactionId: 'i1', at: 10 });
    expect(reserved).toMatchObject({ status: 'reserved', interactionId: 'i1', lastOfferedAt: 10, since: 10 });
    expect(commands).toEqual([
      { type: 'log', name: 'agentState', data: { status: 'reserved', reason: null, previous: 'available' } },
    ]);
    expect(agentTransition(reserved, { type: 'offered', interactionId: 'i2', at: 11 })).toEqual([
      reserved,
      [],
    ]);
  });

  it('makes an agent who missed an offer not ready "missed"', () => {
    const [reserved] = agentTransition(base, { type: 'offered', interactionId: 'i1', at: 10 });
    const [missed] = agentTransition(reserved, { type: 'missed', at: 40 });
    expect(missed).toMatchObject({ status: 'notReady', reason: 'missed', interactionId: undefined });
  });

  it('ends busy when Teams shows the agent left the call, then wraps up for the queue time', () => {
    const [reserved] = agentTransition(base, { type: 'offered', interactionId: 'i1', at: 10 });
    const [busy] = agentTransition(reserved, { type: 'connected', at: 20 });
    const [stillBusy] = agentTransition(busy, { type: 'presence', presence: free, at: 21 }, 30);
    expect(stillBusy.status).toBe('busy'); // presence lags: not yet seen in the call
    const [seen] = agentTransition(stillBusy, { type: 'presence', presence: inCall, at: 25 }, 30);
    const [wrapping, commands] = agentTransition(seen, { type: 'presence', presence: free, at: 90 }, 30);
    expect(wrapping).toMatchObject({ status: 'wrapUp', interactionId: 'i1' });
    expect(commands).toEqual([
      { type: 'interaction.release', interactionId: 'i1' },
      { type: 'wrapUp.start', interactionId: 'i1', dueAt: 90 + 30_000 },
      { type: 'log', name: 'agentState', data: { status: 'wrapUp', reason: null, previous: 'busy' } },
    ]);
    const [available, after] = agentTransition(wrapping, { type: 'wrappedUp', at: 120 });
    expect(available).toMatchObject({ status: 'available', idleSince: 120, interactionId: undefined });
    expect(after).toContainEqual({ type: 'routing.wakeAgent' });
  });

  it('lets the agent change status except mid-call', () => {
    const [notReady] = agentTransition(base, {
      type: 'setStatus',
      status: 'notReady',
      reason: 'break',
      at: 5,
    });
    expect(notReady).toMatchObject({ status: 'notReady', reason: 'break' });
    const [reserved] = agentTransition(base, { type: 'offered', interactionId: 'i1', at: 10 });
    expect(
      agentTransition(reserved, { type: 'setStatus', status: 'offline', reason: undefined, at: 11 }),
    ).toEqual([reserved, []]);
  });
});

describe('the agent state machine, racing Teams presence', () => {
  it('counts the call as seen when Teams already showed it before the transfer completed', () => {
    const [reserved] = agentTransition(base, { type: 'offered', interactionId: 'i1', at: 10 });
    const [early] = agentTransition(reserved, { type: 'presence', presence: inCall, at: 15 });
    const [busy] = agentTransition(early, { type: 'connected', at: 20 });
    expect(busy).toMatchObject({ status: 'busy', callSeenInTeams: true });
    const [wrapping] = agentTransition(busy, { type: 'presence', presence: free, at: 90 }, 30);
    expect(wrapping.status).toBe('wrapUp');
  });
});

describe('the agent state machine, when Teams frees an available agent', () => {
  it('wakes routing at once when Teams shows an available agent free again, and not otherwise', () => {
    const meeting = { ...base, presence: { availability: 'Busy', activity: 'InAMeeting' } };
    expect(agentTransition(meeting, { type: 'presence', presence: free, at: 5 })[1]).toEqual([
      { type: 'routing.wakeAgent' },
    ]);
    expect(agentTransition(base, { type: 'presence', presence: free, at: 5 })[1]).toEqual([]);
    expect(agentTransition(base, { type: 'presence', presence: inCall, at: 5 })[1]).toEqual([]);
  });
});
