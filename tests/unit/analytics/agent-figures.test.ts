import { agentKpis, analyticsReport, emptyAgentFigures, staffedAgents } from '../../../src/analytics';
import { agent, at, call, quarterHours } from './fixtures';

/**
 * a1, available from 09:00 (seeded), takes c1 (queued 09:14:50) across three quarter-hours:
 *   reserved 09:15:05, busy 09:15:10, talk to 09:31:10 (960 s), wrap-up to 09:32:10 (60 s), available.
 * Time in state per quarter-hour, in seconds:
 *   09:00  available 900
 *   09:15  available 5, reserved 5, busy 890
 *   09:30  busy 70, wrapUp 60, available 770
 *   09:45  available 900 (the report ends at 10:00)
 * a2 is first seen at 09:20 leaving notReady: not ready since the window began. It misses c2 at 09:40.
 */
const log = [
  call('c1', '09:14:50', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:15:05', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 15_000 }),
  agent('a1', '09:15:05', 'available', 'reserved'),
  call('c1', '09:15:10', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 20_000 }),
  agent('a1', '09:15:10', 'reserved', 'busy'),
  agent('a2', '09:20:00', 'notReady', 'available'),
  call('c1', '09:31:10', 'ended', { reason: 'handled', agentId: 'a1', talkMs: 960_000 }),
  agent('a1', '09:31:10', 'busy', 'wrapUp'),
  agent('a1', '09:32:10', 'wrapUp', 'available'),
  call('c2', '09:39:50', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '09:40:00', 'offered', { queueId: 'sales', agentId: 'a2', waitedMs: 10_000 }),
  agent('a2', '09:40:00', 'available', 'reserved'),
  call('c2', '09:40:30', 'missed', { queueId: 'sales', agentId: 'a2' }),
  agent('a2', '09:40:30', 'reserved', 'notReady'),
];

const s = (seconds: number) => seconds * 1000;
const time = (partial: Partial<Record<string, number>>) => ({
  offline: 0,
  available: 0,
  reserved: 0,
  busy: 0,
  wrapUp: 0,
  notReady: 0,
  ...partial,
});

describe('agent figures', () => {
  const report = analyticsReport(log, quarterHours({ agents: [{ id: 'a1', status: 'available' }] }));
  const a1 = report.agents.find((a) => a.agentId === 'a1')!;
  const a2 = report.agents.find((a) => a.agentId === 'a2')!;

  it("splits an agent's time in each state across the quarter-hours it spans", () => {
    expect(a1.intervals.map((f) => f.stateMs)).toEqual([
      time({ available: s(900) }),
      time({ available: s(5), reserved: s(5), busy: s(890) }),
      time({ busy: s(70), wrapUp: s(60), available: s(770) }),
      time({ available: s(900) }),
    ]);
  });

  it("counts the call's offer, talk and wrap-up in the interval the call entered the queue", () => {
    expect(a1.intervals[0]).toEqual({
      ...emptyAgentFigures(),
      offers: 1,
      handled: 1,
      talkMs: s(960),
      wrapUpMs: s(60),
      stateMs: time({ available: s(900) }),
    });
    expect(a1.total).toMatchObject({ offers: 1, handled: 1, missedOffers: 0 });
  });

  it('counts missed offers, and takes an agent first seen leaving a state as in it since the start', () => {
    expect(a2.intervals[2]).toMatchObject({ offers: 1, missedOffers: 1 });
    expect(a2.total.stateMs).toEqual(
      time({ notReady: s(20 * 60 + 19 * 60 + 30), available: s(20 * 60), reserved: s(30) }),
    );
  });

  it('computes occupancy as on-contact time over on-contact plus idle time', () => {
    // on contact (reserved + busy + wrap-up) 5 + 960 + 60 = 1025 s; available 2575 s
    expect(agentKpis(a1.total).occupancy).toBeCloseTo(1025 / 3600);
    expect(agentKpis(a1.intervals[1]!).occupancy).toBeCloseTo((5 + 890) / 900);
    expect(agentKpis(a1.total)).toMatchObject({
      averageTalkSeconds: 960,
      averageWrapUpSeconds: 60,
      ahtSeconds: 1020,
    });
    expect(agentKpis(emptyAgentFigures()).occupancy).toBeNull();
  });

  it('counts a state still running up to now, not to the end of the window', () => {
    const early = analyticsReport(log.slice(0, 9), {
      ...quarterHours({ agents: [{ id: 'a1', status: 'available' }] }),
      now: at('09:40'),
    });
    const figures = early.agents.find((a) => a.agentId === 'a1')!.intervals;
    expect(figures[2]!.stateMs.available).toBe(s(470)); // 09:32:10 to 09:40
    expect(figures[3]!.stateMs.available).toBe(0);
  });

  it('adds the wrap-up that follows a handled call to its queue AHT', () => {
    expect(report.queues[0]!.intervals[0]).toMatchObject({ handled: 1, talkMs: s(960), wrapUpMs: s(60) });
  });

  it('gives the agents staffed in an interval from their logged-in time', () => {
    // 09:15: a1 logged in all 900 s, a2 not ready all 900 s
    expect(staffedAgents([a1.intervals[1]!, a2.intervals[1]!], s(900))).toBeCloseTo(2);
  });
});
