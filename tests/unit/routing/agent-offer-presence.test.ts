import type { AgentState } from '../../../src/domain/agent';
import { agentTransition } from '../../../src/routing/agent-transition';

// Issue 4 (scale-out): the notification that a transfer completed can be lost with the instance it went to;
// Teams showing the reserved agent in a call is evidence of the outcome the product already polls.

const available: AgentState = {
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
  callSeenInTeams: true,
};
const inCall = { availability: 'Busy', activity: 'InACall' };
const conference = { availability: 'Busy', activity: 'InAConferenceCall' };
const free = { availability: 'Available', activity: 'Available' };

describe('a reserved agent whom Teams shows in a call', () => {
  it('starts each offer with no call seen, whatever an earlier one left', () => {
    const [reserved] = agentTransition(available, { type: 'offered', interactionId: 'i1', at: 10 });
    expect(reserved).toMatchObject({ status: 'reserved', callSeenInTeams: false });
  });

  it('tells the offered interaction once, and stays reserved until it connects', () => {
    const [reserved] = agentTransition(available, { type: 'offered', interactionId: 'i1', at: 10 });
    const [seen, commands] = agentTransition(reserved, { type: 'presence', presence: inCall, at: 15 });
    expect(seen).toMatchObject({ status: 'reserved', callSeenInTeams: true, presence: inCall });
    expect(commands).toEqual([{ type: 'interaction.agentInCall', interactionId: 'i1' }]);
    const [again, more] = agentTransition(seen, { type: 'presence', presence: conference, at: 16 });
    expect(again).toMatchObject({ status: 'reserved', presence: conference });
    expect(more).toEqual([]);
  });

  it('says nothing while Teams shows the reserved agent free (the offer still rings)', () => {
    const [reserved] = agentTransition(available, { type: 'offered', interactionId: 'i1', at: 10 });
    const [still, commands] = agentTransition(reserved, {
      type: 'presence',
      presence: { availability: 'Away', activity: 'Away' },
      at: 15,
    });
    expect(still).toMatchObject({ status: 'reserved', callSeenInTeams: false });
    expect(commands).toEqual([]);
  });

  it('goes busy with the call seen when the offer connects while Teams shows it', () => {
    const [reserved] = agentTransition(available, { type: 'offered', interactionId: 'i1', at: 10 });
    const [seen] = agentTransition(reserved, { type: 'presence', presence: inCall, at: 15 });
    const [busy, commands] = agentTransition(seen, { type: 'connected', at: 16 });
    expect(busy).toMatchObject({ status: 'busy', callSeenInTeams: true, interactionId: 'i1' });
    expect(commands).toEqual([
      { type: 'log', name: 'agentState', data: { status: 'busy', reason: null, previous: 'reserved' } },
    ]);
    const [wrapping] = agentTransition(busy, { type: 'presence', presence: free, at: 90 }, 30);
    expect(wrapping.status).toBe('wrapUp');
  });

  it('ends the call at once when Teams showed it and its end before the offer was known connected', () => {
    const [reserved] = agentTransition(available, { type: 'offered', interactionId: 'i1', at: 10 });
    const [seen] = agentTransition(reserved, { type: 'presence', presence: inCall, at: 15 });
    const [over] = agentTransition(seen, { type: 'presence', presence: free, at: 18 });
    expect(over).toMatchObject({ status: 'reserved', callSeenInTeams: true });
    const [wrapping, commands] = agentTransition(over, { type: 'connected', at: 20 }, 30);
    expect(wrapping).toMatchObject({ status: 'wrapUp', interactionId: 'i1', callSeenInTeams: false });
    expect(commands).toEqual([
      { type: 'log', name: 'agentState', data: { status: 'busy', reason: null, previous: 'reserved' } },
      { type: 'interaction.release', interactionId: 'i1' },
      { type: 'wrapUp.start', interactionId: 'i1', dueAt: 20 + 30_000 },
      { type: 'log', name: 'agentState', data: { status: 'wrapUp', reason: null, previous: 'busy' } },
    ]);
  });
});
