import { analyticsReport, queueKpis } from '../../../src/analytics';
import { call, quarterHours } from './fixtures';

/**
 * Sales, T = 20 s. Four abandons and one answer, all entering 09:0x:
 *   c1 hangs up after 3 s (short at the default 5 s threshold)
 *   c2 hangs up after exactly 5 s (not short: short is *under* the threshold)
 *   c3 hangs up after 12 s while a1's Teams rings (abandoned during an offer, <= T)
 *   c4 hangs up after 45 s (> T)
 *   c5 answered after 10 s
 */
const log = [
  call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:01:03', 'abandoned', { queueId: 'sales', waitedMs: 3_000 }),
  call('c2', '09:02:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '09:02:05', 'abandoned', { queueId: 'sales', waitedMs: 5_000 }),
  call('c3', '09:03:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c3', '09:03:08', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 8_000 }),
  call('c3', '09:03:12', 'abandoned', { queueId: 'sales', agentId: 'a1', waitedMs: 12_000 }),
  call('c3', '09:03:12', 'ended', { reason: 'abandonedDuringOffer' }),
  call('c4', '09:04:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c4', '09:04:45', 'abandoned', { queueId: 'sales', waitedMs: 45_000 }),
  call('c5', '09:05:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c5', '09:05:10', 'connected', { queueId: 'sales', agentId: 'a2', waitedMs: 10_000 }),
];

const sales = (options = quarterHours()) => analyticsReport(log, options).queues[0]!.intervals[0]!;

describe('abandons', () => {
  it('counts abandons under 5 s apart as short abandons, and a hang-up while ringing as an abandon', () => {
    const figures = sales();
    expect(figures).toMatchObject({
      offered: 5,
      shortAbandoned: 1, // c1
      abandoned: 3, // c2, c3, c4
      abandonedDuringOffer: 1, // c3
      abandonedInSl: 3, // c1, c2, c3 waited <= 20 s
      abandonWaitMs: (5 + 12 + 45) * 1000,
    });
  });

  it('leaves short abandons out of both sides of service level and abandon rate', () => {
    const kpis = queueKpis(sales());
    expect(kpis.serviceLevel).toBeCloseTo(1 / (5 - 1)); // c5 in SL, over offered minus c1
    expect(kpis.abandonRate).toBeCloseTo(3 / (5 - 1));
    expect(kpis.abandonRateAll).toBeCloseTo(4 / 5);
    expect(kpis.slMetNoAbandon).toBeCloseTo(1 / (5 - 3));
    expect(kpis.slMetPositiveAbandon).toBeCloseTo((1 + 3) / 5);
  });

  it('takes the short-abandon threshold from the options', () => {
    expect(sales(quarterHours({ shortAbandonSeconds: 10 }))).toMatchObject({
      shortAbandoned: 2,
      abandoned: 2,
    });
    expect(sales(quarterHours({ shortAbandonSeconds: 0 }))).toMatchObject({
      shortAbandoned: 0,
      abandoned: 4,
    });
  });
});
