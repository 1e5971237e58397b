import {
  analyticsReport,
  applyEvent,
  createLiveState,
  type LiveOptions,
  liveAgents,
  liveQueues,
  todayWindow,
} from '../../../src/analytics';
import { agent, at, call, timeZone } from './fixtures';

/**
 * a1 (sales) available and a2 (sales, support) not ready at the start.
 *   c0 queued in sales at 23:59:50 the night before, answered 00:00:20 (yesterday's call, today's answer)
 *   09:01 c1 queued in sales, offered to a1 09:02:40, answered 09:02:45
 *   09:02 c2 queued in sales, abandoned 09:03:30 (90 s)
 *   09:02:30 c3 queued in support, still waiting
 */
const log = [
  call('c0', '2 June 23:59:50', 'queued', { queueId: 'sales', priority: 3 }),
  call('c0', '00:00:20', 'connected', { queueId: 'sales', agentId: 'a9', waitedMs: 30_000 }),
  call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '09:02:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c3', '09:02:30', 'queued', { queueId: 'support', priority: 3 }),
  call('c1', '09:02:40', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 100_000 }),
  agent('a1', '09:02:40', 'available', 'reserved'),
  call('c1', '09:02:45', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 105_000 }),
  agent('a1', '09:02:45', 'reserved', 'busy'),
  call('c2', '09:03:30', 'abandoned', { queueId: 'sales', waitedMs: 90_000 }),
];

const options: LiveOptions = {
  now: at('09:00'),
  timeZone,
  queues: [
    { id: 'sales', serviceLevelSeconds: 20 },
    { id: 'support', serviceLevelSeconds: 20 },
  ],
  agents: [
    { id: 'a1', status: 'available', queues: ['sales'] },
    { id: 'a2', status: 'notReady', queues: ['sales', 'support'] },
  ],
};

/** Replays the log up to a London time, then reads the tiles then. */
function tilesAt(clock: string) {
  // Replay from an hour before midnight, to know who already waits when the day starts.
  const live = createLiveState({ ...options, now: at('2 June 23:00') });
  for (const event of log) if (event.at <= at(clock)) applyEvent(live, event);
  return Object.fromEntries(liveQueues(live, at(clock)).map((tile) => [tile.queueId, tile]));
}

describe('live tiles', () => {
  it('shows who waits now, including a caller whose agent is ringing, and the longest wait', () => {
    const tiles = tilesAt('09:02:42');
    expect(tiles.sales).toMatchObject({
      waiting: 2,
      longestWaitingSince: at('09:01'),
      longestWaitSeconds: 102,
      agents: { available: 0, reserved: 1, busy: 0, wrapUp: 0, notReady: 1, offline: 0 },
    });
    expect(tiles.support).toMatchObject({
      waiting: 1,
      longestWaitSeconds: 12,
      agents: { notReady: 1, available: 0 },
    });
  });

  it('drops callers who were answered or hung up', () => {
    expect(tilesAt('09:02:45').sales).toMatchObject({ waiting: 1, longestWaitingSince: at('09:02') });
    expect(tilesAt('09:04').sales).toMatchObject({
      waiting: 0,
      longestWaitingSince: null,
      longestWaitSeconds: 0,
    });
  });

  it("counts today's figures as the report does, leaving yesterday's caller to yesterday", () => {
    const tiles = tilesAt('09:04');
    expect(tiles.sales!.today).toMatchObject({ offered: 2, answered: 1, abandoned: 1 });
    const report = analyticsReport(log, {
      ...options,
      window: todayWindow(at('09:04'), timeZone),
      now: at('09:04'),
    });
    expect(tiles.sales!.today).toEqual(report.queues[0]!.total);
    expect(tiles.sales!.kpis.abandonRate).toBeCloseTo(1 / 2);
  });

  it('starts a new day of figures after midnight, keeping who waits and agent states', () => {
    const live = createLiveState({ ...options, now: at('09:00') });
    for (const event of log.slice(2, 5)) applyEvent(live, event); // c1, c2 (sales) and c3 (support) queued
    applyEvent(live, call('c4', '4 June 00:00:10', 'queued', { queueId: 'sales', priority: 3 }));
    const sales = liveQueues(live, at('4 June 00:00:20')).find((tile) => tile.queueId === 'sales')!;
    expect(sales.today).toMatchObject({ offered: 1, answered: 0, abandoned: 0 });
    expect(sales).toMatchObject({
      waiting: 3,
      longestWaitingSince: at('09:01'),
      agents: { available: 1, notReady: 1 },
    });
    applyEvent(
      live,
      call('c1', '4 June 00:00:30', 'offered', {
        queueId: 'sales',
        agentId: 'a1',
        waitedMs: at('4 June 00:00:30') - at('09:01'),
      }),
    );
    const a1 = liveAgents(live, at('4 June 00:00:40')).find((row) => row.agentId === 'a1')!;
    expect(a1.today.offers).toBe(0); // yesterday's call, offered today, stays yesterday's
  });

  it("shows each agent's state, since when, and today's time in it up to now", () => {
    const live = createLiveState({ ...options, now: at('09:00') });
    for (const event of log.slice(2)) applyEvent(live, event);
    const a1 = liveAgents(live, at('09:10')).find((row) => row.agentId === 'a1')!;
    expect(a1).toMatchObject({ status: 'busy', since: at('09:02:45') });
    // available from midnight (seeded) to 09:02:40, reserved 5 s, busy 09:02:45 to 09:10
    expect(a1.today.stateMs).toMatchObject({
      available: (9 * 3600 + 160) * 1000,
      reserved: 5000,
      busy: 435_000,
    });
    expect(a1.kpis.occupancy).toBeCloseTo((5 + 435) / (9 * 3600 + 600)); // on contact / (on contact + available)
  });
});
