import { analyticsReport, applyEvent, createLiveState, liveQueues } from '../../../src/analytics';
import { at, call, quarterHours, timeZone } from './fixtures';

/**
 * `callbackRequested` and `voicemailLeft` are the names the callback/voicemail issue is expected to log.
 *   c1 asks for a callback after 60 s, keeps its place, and is answered by the callback at 09:10 (540 s)
 *   c2 leaves a voicemail after 60 s
 */
const log = [
  call('c1', '09:01:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c1', '09:02:00', 'callbackRequested', { queueId: 'sales', waitedMs: 60_000 }),
  call('c2', '09:03:00', 'queued', { queueId: 'sales', priority: 3 }),
  call('c2', '09:04:00', 'voicemailLeft', { queueId: 'sales', waitedMs: 60_000 }),
  call('c1', '09:09:55', 'offered', { queueId: 'sales', agentId: 'a1', waitedMs: 535_000 }),
  call('c1', '09:10:00', 'connected', { queueId: 'sales', agentId: 'a1', waitedMs: 540_000 }),
];

describe('callbacks and voicemails', () => {
  it('counts them apart, never as abandons, with the callback answered when it connects', () => {
    expect(analyticsReport(log, quarterHours()).queues[0]!.intervals[0]).toMatchObject({
      offered: 2,
      callbacks: 1,
      voicemails: 1,
      abandoned: 0,
      shortAbandoned: 0,
      answered: 1,
      answeredInSl: 0,
      exits: 2,
      exitWaitMs: 60_000 + 540_000,
    });
  });

  it('shows a callback as waiting for its call back, not as a caller on the line', () => {
    const live = createLiveState({ now: at('09:00'), timeZone });
    applyEvent(live, log[0]!);
    expect(liveQueues(live, at('09:01:30'))[0]).toMatchObject({ waiting: 1, callbacksWaiting: 0 });
    applyEvent(live, log[1]!);
    expect(liveQueues(live, at('09:02:00'))[0]).toMatchObject({ waiting: 0, callbacksWaiting: 1 });
    for (const event of log.slice(2)) applyEvent(live, event);
    expect(liveQueues(live, at('09:10'))[0]).toMatchObject({ waiting: 0, callbacksWaiting: 0 });
  });
});
