import { readThresholds } from '../../../bot/messaging/notices/queue-thresholds';
import type { LiveQueue } from '../../../src/analytics';

const tile = (waiting: number, longestWaitSeconds: number, serviceLevel: number | null): LiveQueue =>
  ({ queueId: 'sales', waiting, longestWaitSeconds, kpis: { serviceLevel } }) as unknown as LiveQueue;

describe("reading a queue's live tile against its alert thresholds", () => {
  const alerts = { waitingCalls: 3, longestWaitSeconds: 60, serviceLevelPercent: 80 };

  it('is over a threshold only strictly past it', () => {
    expect(readThresholds({ alerts }, tile(3, 60, 0.8)).map((r) => r.over)).toEqual([false, false, false]);
    expect(readThresholds({ alerts }, tile(4, 61, 0.79)).map((r) => r.over)).toEqual([true, true, true]);
  });

  it('does not count a day with nothing offered as a service-level breach', () => {
    expect(readThresholds({ alerts: { serviceLevelPercent: 80 } }, tile(0, 0, null))).toEqual([
      { threshold: 'serviceLevelPercent', limit: 80, value: 100, over: false },
    ]);
  });

  it('reads only the thresholds configured, and a queue with no tile as empty', () => {
    expect(readThresholds({ alerts: {} }, tile(9, 999, 0))).toEqual([]);
    expect(readThresholds({ alerts: { waitingCalls: 1 } }, undefined)).toEqual([
      { threshold: 'waitingCalls', limit: 1, value: 0, over: false },
    ]);
  });
});
