import { analyticsReport, emptyQueueFigures } from '../../../src/analytics';
import { call, quarterHours } from './fixtures';

/**
 * Each call counts in the quarter-hour it ENTERED the queue:
 *   c0 queued 08:59:30 (before the window), answered 09:00:10: counted nowhere
 *   c1 queued 09:14:50, answered 09:15:10 (20 s), talk to 09:31:10 (960 s): all in 09:00
 *   c2 queued 09:59:50, abandoned 10:00:30 (40 s), after the window's end: in 09:45
 */
const log = [
  call('c0', '08:59:30', 'queued', { queueId: 'sales', priority: 3 }),
  call('c0', '09:00:10', 'connected', { queueId: 'sales', agentId: 'a2', waitedMs: 40_000 }),
  call('c1', '09:14:50', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:15:05', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 15_000 }),
  call('c1', '09:15:10', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 20_000 }),
  call('c0', '09:20:10', 'ended', { reason: 'handled', agentId: 'a2', talkMs: 1_200_000 }),
  call('c1', '09:31:10', 'ended', { reason: 'handled', agentId: 'a1', talkMs: 960_000 }),
  call('c2', '09:59:50', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '10:00:30', 'abandoned', { queueId: 'sales', waitedMs: 40_000 }),
];

describe('a call that spans intervals', () => {
  const [first, second, third, last] = analyticsReport(log, quarterHours()).queues[0]!.intervals;

  it('is counted whole in the interval it entered the queue', () => {
    expect(first).toEqual({
      ...emptyQueueFigures(),
      offered: 1,
      answered: 1,
      answeredInSl: 1,
      handled: 1,
      answeredWaitMs: 20_000,
      exits: 1,
      exitWaitMs: 20_000,
      longestWaitMs: 20_000,
      talkMs: 960_000,
    });
    expect(second).toEqual(emptyQueueFigures());
    expect(third).toEqual(emptyQueueFigures());
  });

  it('is counted even when it leaves the queue after the window ends', () => {
    expect(last).toMatchObject({ offered: 1, abandoned: 1, abandonWaitMs: 40_000 });
  });

  it('is left out when it entered the queue before the window', () => {
    const total = analyticsReport(log, quarterHours()).queues[0]!.total;
    expect(total).toMatchObject({ offered: 2, answered: 1, handled: 1, talkMs: 960_000 });
  });
});
