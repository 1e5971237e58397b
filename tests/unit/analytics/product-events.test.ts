import {
  type AnalyticsEvent,
  analyticsReport,
  applyEvent,
  createLiveState,
  emptyQueueFigures,
  liveQueues,
} from '../../../src/analytics';
import { at, call, quarterHours, timeZone } from './fixtures';

/** An event the API logs with an agent and no interaction, or on an interaction. */
const logged = (
  name: string,
  clock: string,
  data: Record<string, unknown>,
  ids: Partial<AnalyticsEvent> = {},
) => ({ interactionId: null, agentId: null, ...ids, name, at: at(clock), data }) as AnalyticsEvent;

const queues = [
  { id: 'sales', serviceLevelSeconds: 20 },
  { id: 'support', serviceLevelSeconds: 30 },
];

describe('a waiting call a supervisor moves to another queue', () => {
  /**
   * c1 queued in sales 09:01:00, moved to support 09:01:30 (30 s in sales), queued there at T = 30,
   * answered 09:01:50 (20 s in support): sales offered 1, moved out 1, exit wait 30 s, no answer;
   * support offered 1, answered 1 within T, ASA 20 s.
   */
  const log = [
    call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3, serviceLevelSeconds: 20 }),
    call('c1', '09:01:30', 'moved', {
      by: 'sue',
      fromQueueId: 'sales',
      queueId: 'support',
      waitedMs: 30_000,
      before: { queueId: 'sales', priority: 3 },
      after: { queueId: 'support', priority: 3 },
    }),
    call('c1', '09:01:30', 'queued', { queueId: 'support', priority: 3, serviceLevelSeconds: 30 }),
    call('c1', '09:01:50', 'connected', { queueId: 'support', agentId: 'a1', waitedMs: 20_000 }),
  ];
  const report = analyticsReport(log, quarterHours({ queues }));
  const total = (id: string) => report.queues.find((q) => q.queueId === id)!.total;

  it('leaves the first queue as moved out, after its wait there', () => {
    expect(total('sales')).toEqual({
      ...emptyQueueFigures(),
      offered: 1,
      movedOut: 1,
      exits: 1,
      exitWaitMs: 30_000,
      longestWaitMs: 30_000,
    });
  });

  it('is offered and answered in the second queue, its wait measured from the move', () => {
    expect(total('support')).toEqual({
      ...emptyQueueFigures(),
      offered: 1,
      answered: 1,
      answeredInSl: 1,
      answeredWaitMs: 20_000,
      exits: 1,
      exitWaitMs: 20_000,
      longestWaitMs: 20_000,
    });
  });
});

describe('the service-level threshold recorded on queued', () => {
  // Logged when sales had T = 30; the file now says 10. The 25 s answer stays within T.
  const log = [
    call('c1', '09:05:00', 'queued', { queueId: 'sales', priority: 3, serviceLevelSeconds: 30 }),
    call('c1', '09:05:25', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 25_000 }),
    call('c2', '09:06:00', 'queued', { queueId: 'sales', priority: 3 }),
    call('c2', '09:06:25', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 25_000 }),
  ];

  it('keeps the past right after the threshold changes; a call logged without one takes the queue’s', () => {
    const report = analyticsReport(log, quarterHours({ queues: [{ id: 'sales', serviceLevelSeconds: 10 }] }));
    expect(report.queues[0]!.total).toMatchObject({ offered: 2, answered: 2, answeredInSl: 1 });
  });
});

describe('what the API logs', () => {
  const calls = [
    call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3, serviceLevelSeconds: 20 }),
    call('c1', '09:01:10', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 10_000 }),
    call('c1', '09:04:10', 'ended', { reason: 'handled', agentId: 'a1', talkMs: 180_000 }),
  ];
  const apiEvents = [
    call('c1', '09:01:05', 'prioritised', {
      by: 'sue',
      queueId: 'sales',
      before: { priority: 3 },
      after: { priority: 1 },
    }),
    logged('noteAdded', '09:02:00', { noteId: 'n1' }, { interactionId: 'c1', agentId: 'a1' }),
    logged('wrappedUp', '09:05:00', { disposition: 'resolved' }, { interactionId: 'c1', agentId: 'a1' }),
    logged('supervisorAction', '09:06:00', {
      action: 'setAgentStatus',
      actorId: 'sue',
      target: { kind: 'agent', id: 'a1' },
      before: { status: 'available' },
      after: { status: 'offline' },
    }),
  ];

  it('changes no figure with a priority, a note, a wrap-up or an audit entry', () => {
    const plain = analyticsReport(calls, quarterHours());
    const mixed = analyticsReport([...calls.slice(0, 2), ...apiEvents, calls[2]!], quarterHours());
    expect(mixed.queues).toEqual(plain.queues);
    expect(mixed.queues[0]!.total).toMatchObject({ offered: 1, answered: 1, handled: 1, talkMs: 180_000 });
  });

  it('moves an agent between the queues’ tiles when they sign in or out (agentQueues)', () => {
    const live = createLiveState({
      now: at('09:00'),
      timeZone,
      queues,
      agents: [{ id: 'a2', status: 'available', queues: ['sales', 'support'] }],
    });
    const agentsIn = () =>
      Object.fromEntries(liveQueues(live, at('09:10')).map((t) => [t.queueId, t.agents.available]));
    expect(agentsIn()).toEqual({ sales: 1, support: 1 });
    applyEvent(
      live,
      logged(
        'agentQueues',
        '09:05',
        { queueId: 'sales', signedIn: false, signedInQueues: ['support'] },
        { agentId: 'a2' },
      ),
    );
    expect(agentsIn()).toEqual({ sales: 0, support: 1 });
  });
});
