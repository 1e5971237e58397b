import { analyticsReport, queueKpis } from '../../../src/analytics';
import { call, quarterHours } from './fixtures';

/** Three answers in sales, after 10, 20 and 21 s. */
const log = [
  call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:01:10', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 10_000 }),
  call('c2', '09:02:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '09:02:20', 'connected', { queueId: 'sales', agentId: 'a2', waitedMs: 20_000 }),
  call('c3', '09:03:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c3', '09:03:21', 'connected', { queueId: 'sales', agentId: 'a3', waitedMs: 21_000 }),
];

const answeredInSl = (threshold: number, events = log) =>
  analyticsReport(events, quarterHours({ queues: [{ id: 'sales', serviceLevelSeconds: threshold }] }))
    .queues[0]!.total.answeredInSl;

describe('service level', () => {
  it("counts a call answered at exactly the queue's threshold as within it", () => {
    expect(answeredInSl(20)).toBe(2);
    expect(answeredInSl(10)).toBe(1);
    expect(queueKpis(analyticsReport(log, quarterHours()).queues[0]!.total).serviceLevel).toBeCloseTo(2 / 3);
  });

  it('uses 20 s, the queue default, for a queue missing from the configuration', () => {
    expect(analyticsReport(log, quarterHours({ queues: [] })).queues[0]!.total.answeredInSl).toBe(2);
  });

  it('keeps the threshold a call was queued under, so changing it does not rewrite the past', () => {
    const recorded = log.map((event) =>
      event.name === 'queued' ? { ...event, data: { ...event.data, serviceLevelSeconds: 30 } } : event,
    );
    expect(answeredInSl(10, recorded)).toBe(3);
  });
});
