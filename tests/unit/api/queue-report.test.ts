import { queueReport } from '../../../bot/api/supervisor/queue-report';
import { QueueSchema, type Tenant } from '../../../src/config';
import type { EventRow } from '../../../src/store';
import { agent, at, call, timeZone } from '../analytics/fixtures';

const sales = QueueSchema.parse({
  id: 'sales',
  name: 'Sales',
  serviceLevelSeconds: 20,
  alerts: { serviceLevelPercent: 80 },
});
const tenant = {
  id: 't1',
  timeZone,
  queues: [sales],
  agents: [
    { id: 'a1', name: 'Ann', queues: ['sales'] },
    { id: 'a2', name: 'Bo', queues: ['sales'] },
  ],
} as unknown as Tenant;

/**
 * 09:00–09:30 London. a1 available all half hour; a2 not ready 09:00–09:15, then offline.
 * Two calls, each 10 s wait, 180 s talk and 60 s wrap-up (AHT 240 s), both handled by a1.
 * Erlang C by hand: A = 2 × 240 / 1800 = 0.2667 E. N = 1: P_w = A = 0.2667,
 * SL = 1 − 0.2667 × e^(−0.7333 × 20 / 240) = 0.749 < 0.8. N = 2: B = 0.0273, P_w = 0.0314,
 * SL = 1 − 0.0314 × e^(−1.7333 × 20 / 240) = 0.973 >= 0.8: 2 agents needed. Staffed: a1 30 min + a2 15 min
 * logged in over 30 min = 1.5 agents.
 */
const log = [
  agent('a1', '09:00', 'offline', 'available'),
  agent('a2', '09:00', 'offline', 'notReady'),
  call('c1', '09:05:00', 'queued', { queueId: 'sales', priority: 3, serviceLevelSeconds: 20 }),
  call('c1', '09:05:05', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 5000 }),
  agent('a1', '09:05:05', 'available', 'reserved'),
  call('c1', '09:05:10', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 10_000 }),
  agent('a1', '09:05:10', 'reserved', 'busy'),
  call('c1', '09:08:10', 'ended', { reason: 'handled', agentId: 'a1', talkMs: 180_000 }),
  agent('a1', '09:08:10', 'busy', 'wrapUp'),
  agent('a1', '09:09:10', 'wrapUp', 'available'),
  agent('a2', '09:15', 'notReady', 'offline'),
  call('c2', '09:20:00', 'queued', { queueId: 'sales', priority: 3, serviceLevelSeconds: 20 }),
  call('c2', '09:20:05', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 5000 }),
  agent('a1', '09:20:05', 'available', 'reserved'),
  call('c2', '09:20:10', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 10_000 }),
  agent('a1', '09:20:10', 'reserved', 'busy'),
  call('c2', '09:23:10', 'ended', { reason: 'handled', agentId: 'a1', talkMs: 180_000 }),
  agent('a1', '09:23:10', 'busy', 'wrapUp'),
  agent('a1', '09:24:10', 'wrapUp', 'available'),
].map((event, seq) => ({ ...event, seq: seq + 1, tenantId: 't1', dedupeKey: null }) as EventRow);

describe('the historical report', () => {
  const [row] = queueReport(log, {
    tenant,
    queues: [sales],
    window: { from: at('09:00'), to: at('09:30') },
    size: 'range',
    now: at('12:00'),
  });

  it('sets Erlang C’s agents needed for the target beside the agents actually staffed', () => {
    expect(row!.targetServiceLevel).toBe(0.8);
    expect(row!.intervals).toEqual([
      {
        start: new Date(at('09:00')).toISOString(),
        end: new Date(at('09:30')).toISOString(),
        offered: 2,
        answered: 2,
        answeredInSl: 2,
        abandoned: 0,
        shortAbandoned: 0,
        overflowed: 0,
        serviceLevel: 1,
        asaSeconds: 10,
        ahtSeconds: 240,
        abandonRate: 0,
        averageWaitSeconds: 10,
        longestWaitSeconds: 10,
        agentsNeeded: 2,
        agentsStaffed: 1.5,
      },
    ]);
  });

  it('totals the window like its only interval', () => {
    expect(row!.total).toEqual(row!.intervals[0]);
  });

  it('needs no agents where nothing was handled (no AHT to size with)', () => {
    const [quiet] = queueReport([], {
      tenant,
      queues: [sales],
      window: { from: at('09:00'), to: at('09:30') },
      size: 15,
      now: at('12:00'),
    });
    expect(quiet!.intervals.map((r) => [r.offered, r.agentsNeeded, r.agentsStaffed])).toEqual([
      [0, null, 0],
      [0, null, 0],
    ]);
  });
});
