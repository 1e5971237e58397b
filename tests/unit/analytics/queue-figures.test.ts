import { analyticsReport, emptyQueueFigures, queueKpis } from '../../../src/analytics';
import { agent, at, call, quarterHours } from './fixtures';

/**
 * Sales (T = 20 s, short abandons under 5 s), quarter-hours 09:00-10:00 London. Waits in seconds:
 *   c1 answered after 12 (in SL), talk 240, wrap-up 30
 *   c2 missed by a2, answered by a3 after 65 (out of SL), talk 180, wrap-up 60
 *   c3 short abandon after 3 (<= T, so `abandonedInSl` too)
 *   c4 abandon after 40
 *   c5 abandon after 15 while a4's Teams rang (<= T)
 *   c6 answered after 18 (in SL), talk 120, no wrap-up
 *   c7 queued 09:20, still waiting at the end: offered in the 09:15 interval, nothing else
 *   c8 hung up in the IVR: never queued, counted nowhere
 */
const log = [
  call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:01:10', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 10_000 }),
  call('c1', '09:01:12', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 12_000 }),
  call('c2', '09:02:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '09:02:25', 'offered', { queueId: 'sales', agentId: 'a2', waitedMs: 25_000 }),
  call('c2', '09:02:55', 'missed', { queueId: 'sales', agentId: 'a2' }),
  call('c2', '09:03:00', 'offered', { queueId: 'sales', agentId: 'a3', waitedMs: 60_000 }),
  call('c2', '09:03:05', 'connected', { queueId: 'sales', agentId: 'a3', waitedMs: 65_000 }),
  call('c3', '09:04:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c3', '09:04:03', 'abandoned', { queueId: 'sales', waitedMs: 3_000 }),
  call('c3', '09:04:03', 'ended', { reason: 'abandonedInQueue' }),
  call('c4', '09:05:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:05:12', 'ended', { reason: 'handled', agentId: 'a1', talkMs: 240_000 }),
  agent('a1', '09:05:12', 'busy', 'wrapUp'),
  call('c4', '09:05:40', 'abandoned', { queueId: 'sales', waitedMs: 40_000 }),
  call('c4', '09:05:40', 'ended', { reason: 'abandonedInQueue' }),
  agent('a1', '09:05:42', 'wrapUp', 'available'),
  call('c5', '09:06:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '09:06:05', 'ended', { reason: 'handled', agentId: 'a3', talkMs: 180_000 }),
  agent('a3', '09:06:05', 'busy', 'wrapUp'),
  call('c5', '09:06:10', 'offered', { queueId: 'sales', agentId: 'a4', waitedMs: 10_000 }),
  call('c5', '09:06:15', 'abandoned', { queueId: 'sales', agentId: 'a4', waitedMs: 15_000 }),
  call('c5', '09:06:15', 'ended', { reason: 'abandonedDuringOffer' }),
  call('c6', '09:07:00', 'queued', { queueId: 'sales', priority: 3 }),
  agent('a3', '09:07:05', 'wrapUp', 'available'),
  call('c6', '09:07:10', 'offered', { queueId: 'sales', agentId: 'a4', waitedMs: 10_000 }),
  call('c6', '09:07:18', 'connected', { queueId: 'sales', agentId: 'a4', waitedMs: 18_000 }),
  call('c6', '09:09:18', 'ended', { reason: 'handled', agentId: 'a4', talkMs: 120_000 }),
  agent('a4', '09:09:18', 'busy', 'available'),
  call('c8', '09:10:00', 'arrived', { caller: '+14255550123', dialled: '+14255550100', flowId: 'main' }),
  call('c8', '09:10:05', 'ivrSelection', { menuId: 'root', key: '9' }),
  call('c8', '09:10:09', 'ended', { reason: 'abandonedInFlow' }),
  call('c7', '09:20:00', 'queued', { queueId: 'sales', priority: 3 }),
];

const s = (seconds: number) => seconds * 1000;

describe('queue figures per interval', () => {
  const report = analyticsReport(log, quarterHours());
  const sales = report.queues.find((q) => q.queueId === 'sales')!;

  it('counts every call of the 09:00 quarter-hour by how it left the queue', () => {
    expect(sales.intervals[0]).toEqual({
      ...emptyQueueFigures(),
      offered: 6,
      answered: 3,
      answeredInSl: 2, // c1 (12 s) and c6 (18 s); c2 waited 65 s
      abandoned: 2, // c4 and c5
      shortAbandoned: 1, // c3
      abandonedInSl: 2, // c3 (3 s) and c5 (15 s)
      abandonedDuringOffer: 1, // c5
      missedOffers: 1, // a2 on c2
      handled: 3,
      answeredWaitMs: s(12 + 65 + 18),
      exits: 6,
      exitWaitMs: s(12 + 65 + 18 + 3 + 40 + 15),
      longestWaitMs: s(65),
      abandonWaitMs: s(40 + 15),
      talkMs: s(240 + 180 + 120),
      wrapUpMs: s(30 + 60),
    });
  });

  it('counts a caller still waiting as offered in the interval they entered, and nothing else yet', () => {
    expect(sales.intervals[1]).toEqual({ ...emptyQueueFigures(), offered: 1 });
    expect(sales.intervals[2]).toEqual(emptyQueueFigures());
    expect(sales.intervals[3]).toEqual(emptyQueueFigures());
  });

  it('sums the intervals into the window total', () => {
    expect(sales.total).toEqual({ ...sales.intervals[0], offered: 7 });
  });

  it('derives the service-level variants, ASA, waits, AHT and abandon rates from the figures', () => {
    const kpis = queueKpis(sales.intervals[0]!);
    expect(kpis.serviceLevel).toBeCloseTo(2 / (6 - 1)); // answered <= T / (offered - short abandons)
    expect(kpis.slMetHandled).toBeCloseTo(2 / 3); // / answered
    expect(kpis.slMetNoAbandon).toBeCloseTo(2 / (6 - 2)); // / (offered - abandoned <= T)
    expect(kpis.slMetPositiveAbandon).toBeCloseTo((2 + 2) / 6);
    expect(kpis.slMetNegativeAbandon).toBeCloseTo(2 / 6);
    expect(kpis.asaSeconds).toBeCloseTo(95 / 3);
    expect(kpis.averageWaitSeconds).toBeCloseTo(153 / 6);
    expect(kpis.longestWaitSeconds).toBe(65);
    expect(kpis.ahtSeconds).toBeCloseTo((540 + 90) / 3); // 210
    expect(kpis.averageTalkSeconds).toBeCloseTo(180);
    expect(kpis.averageWrapUpSeconds).toBeCloseTo(30);
    expect(kpis.abandonRate).toBeCloseTo(2 / (6 - 1)); // short abandons leave both sides
    expect(kpis.abandonRateAll).toBeCloseTo(3 / 6); // Teams abandoned_%
    expect(kpis.averageAbandonSeconds).toBeCloseTo(27.5);
  });

  it('answers null, not 0 or NaN, for a rate with nothing to measure', () => {
    const kpis = queueKpis(emptyQueueFigures());
    expect(kpis.serviceLevel).toBeNull();
    expect(kpis.asaSeconds).toBeNull();
    expect(kpis.ahtSeconds).toBeNull();
    expect(kpis.abandonRate).toBeNull();
  });

  it('lists configured queues even without calls', () => {
    const quiet = analyticsReport([], quarterHours({ queues: [{ id: 'support', serviceLevelSeconds: 30 }] }));
    expect(quiet.queues).toEqual([
      {
        queueId: 'support',
        intervals: Array.from({ length: 4 }, emptyQueueFigures),
        total: emptyQueueFigures(),
      },
    ]);
    expect(quiet.intervals.map((i) => i.start)).toEqual([at('09:00'), at('09:15'), at('09:30'), at('09:45')]);
  });
});
