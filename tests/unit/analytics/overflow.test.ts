import { analyticsReport, queueKpis } from '../../../src/analytics';
import { call, quarterHours } from './fixtures';

/**
 *   c1 waits 120 s in sales (max wait), overflows to support, answered there after 15 s
 *   c2 refused by a full sales queue, transferred to a phone number by its full-queue action
 *   c3 waits 1200 s in sales, max wait transfers to a person: counted in 09:00, where it entered
 *   c4 transferred by the flow itself, from no queue: counted in no queue
 */
const log = [
  call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:03:00', 'overflowed', { queueId: 'sales', reason: 'maxWait', waitedMs: 120_000 }),
  call('c1', '09:03:00', 'queued', { queueId: 'support', priority: 3 }),
  call('c1', '09:03:10', 'offered', { queueId: 'support', agentId: 'a1', waitedMs: 10_000 }),
  call('c1', '09:03:15', 'connected', { queueId: 'support', agentId: 'a1', waitedMs: 15_000 }),
  call('c2', '09:04:00', 'overflowed', { queueId: 'sales', reason: 'maxSize', waiting: 50 }),
  call('c2', '09:04:05', 'transferred', { to: '+14255550199' }),
  call('c2', '09:04:06', 'ended', { reason: 'transferredOut' }),
  call('c3', '09:05:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c4', '09:06:00', 'transferred', { to: '+14255550111' }),
  call('c3', '09:25:00', 'overflowed', { queueId: 'sales', reason: 'maxWait', waitedMs: 1_200_000 }),
  call('c3', '09:25:05', 'transferred', { to: 'agent-on-call' }),
];

describe('overflow', () => {
  const report = analyticsReport(log, quarterHours({ queues: [] }));
  const [sales, support] = report.queues;

  it('counts a caller refused by a full queue as overflowed, not offered', () => {
    expect(sales!.intervals[0]).toMatchObject({ offered: 2, overflowedMaxSize: 1 }); // c1, c3
  });

  it('counts a call that overflowed on max wait as offered in both queues, answered in the one that connected it', () => {
    expect(sales!.intervals[0]).toMatchObject({ overflowedMaxWait: 2, answered: 0, exits: 2 });
    expect(sales!.intervals[0]!.longestWaitMs).toBe(1_200_000);
    expect(support!.intervals[0]).toMatchObject({
      offered: 1,
      answered: 1,
      answeredInSl: 1,
      answeredWaitMs: 15_000,
    });
    expect(queueKpis(sales!.total).overflowed).toBe(3);
  });

  it("counts transfers made by a queue's overflow actions in that queue, and no other transfer", () => {
    expect(sales!.intervals[0]!.transferred).toBe(2); // c2, c3
    expect(sales!.intervals[1]!.transferred).toBe(0); // c3's overflow is the 09:00 interval's
    expect(support!.total.transferred).toBe(0);
    expect(report.queues).toHaveLength(2);
  });
});
