import { AgentSchema, QueueSchema } from '../../../src/config';
import type { AgentState } from '../../../src/domain/agent';
import { type Candidate, pickAgent } from '../../../src/routing/pick-agent';

const id = (n: number) => `a0000000-0000-4000-8000-00000000000${n}`;

function candidate(
  n: number,
  state: Partial<AgentState> = {},
  skills: Record<string, number> = {},
): Candidate {
  return {
    config: AgentSchema.parse({ id: id(n), name: `Agent ${n}`, skills, queues: ['q'] }),
    state: {
      tenantId: 't',
      id: id(n),
      status: 'available',
      reason: undefined,
      since: 0,
      idleSince: 1000 * n,
      lastOfferedAt: 0,
      signedInQueues: ['q'],
      presence: { availability: 'Available', activity: 'Available' },
      interactionId: undefined,
      callSeenInTeams: false,
      ...state,
    },
  };
}

const queue = (extra: Record<string, unknown> = {}) => QueueSchema.parse({ id: 'q', name: 'Q', ...extra });
const picked = (q: ReturnType<typeof queue>, candidates: Candidate[]) => pickAgent(q, candidates)?.state.id;

describe('picking an agent', () => {
  it('longest idle picks who has been available longest', () => {
    expect(picked(queue(), [candidate(3), candidate(1), candidate(2)])).toBe(id(1));
  });

  it('round robin picks who was offered least recently', () => {
    expect(
      picked(queue({ routing: 'roundRobin' }), [
        candidate(1, { lastOfferedAt: 50 }),
        candidate(2, { lastOfferedAt: 10 }),
      ]),
    ).toBe(id(2));
  });

  it('skills-based requires the skills and prefers the highest level, then longest idle', () => {
    const q = queue({ routing: 'skillsBased', skills: { support: 2 } });
    const novice = candidate(1, {}, { support: 1 });
    const good = candidate(3, {}, { support: 3 });
    const expert = candidate(4, {}, { support: 5 });
    expect(picked(q, [novice, good, expert])).toBe(id(4));
    expect(picked(q, [novice])).toBeUndefined();
    expect(picked(q, [candidate(5, {}, { support: 3 }), good])).toBe(id(3));
  });

  it('serial follows the fixed order, skipping who is not eligible', () => {
    const q = queue({ routing: 'serial', agentOrder: [id(3), id(1)] });
    expect(picked(q, [candidate(1), candidate(2), candidate(3)])).toBe(id(3));
    expect(picked(q, [candidate(1), candidate(2), candidate(3, { status: 'busy' })])).toBe(id(1));
    expect(picked(q, [candidate(2), candidate(4), candidate(3, { status: 'notReady' })])).toBe(id(2));
  });

  it.each([
    ['not available', { status: 'wrapUp' as const }],
    ['reserved for another call', { interactionId: 'other' }],
    ['not signed in to the queue', { signedInQueues: [] }],
    ['Busy in Teams', { presence: { availability: 'Busy', activity: 'InAMeeting' } }],
    ['of unknown presence', { presence: undefined }],
  ])('never picks an agent %s', (_why, state) => {
    expect(picked(queue(), [candidate(1, state)])).toBeUndefined();
  });

  it('ignores Teams presence when the queue turns presence-based routing off', () => {
    const busyInTeams = candidate(1, { presence: { availability: 'Busy', activity: 'InAMeeting' } });
    expect(picked(queue({ presenceBasedRouting: false }), [busyInTeams])).toBe(id(1));
  });

  it('after escalation, picks agents signed in to the added queues with the widened skills', () => {
    const q = queue({ routing: 'skillsBased', skills: { support: 4 } });
    const fromSales = candidate(1, { signedInQueues: ['sales'] }, { support: 2 });
    expect(pickAgent(q, [fromSales])).toBeUndefined();
    expect(pickAgent(q, [fromSales], { support: 2 })).toBeUndefined();
    expect(pickAgent(q, [fromSales], { support: 2 }, ['q', 'sales'])?.state.id).toBe(id(1));
    expect(pickAgent(q, [fromSales], { support: 3 }, ['q', 'sales'])).toBeUndefined();
  });
});
