import type { LiveQueue } from '../../../src/analytics';
import type { Queue } from '../../../src/config';

/** One configured threshold of a queue and where the queue stands against it now. */
export interface ThresholdReading {
  threshold: 'waitingCalls' | 'longestWaitSeconds' | 'serviceLevelPercent';
  limit: number;
  value: number;
  over: boolean;
}

/**
 * The queue's configured alert thresholds read against its live tile: more callers waiting than
 * `waitingCalls`, a caller waiting longer than `longestWaitSeconds`, today's service level below
 * `serviceLevelPercent` (not while nothing was offered: no level is no breach). Pure.
 */
export function readThresholds(
  queue: Pick<Queue, 'alerts'>,
  live: LiveQueue | undefined,
): ThresholdReading[] {
  const readings: ThresholdReading[] = [];
  const { waitingCalls, longestWaitSeconds, serviceLevelPercent } = queue.alerts;
  const waiting = live?.waiting ?? 0;
  const longest = live?.longestWaitSeconds ?? 0;
  if (waitingCalls !== undefined)
    readings.push({
      threshold: 'waitingCalls',
      limit: waitingCalls,
      value: waiting,
      over: waiting > waitingCalls,
    });
  if (longestWaitSeconds !== undefined)
    readings.push({
      threshold: 'longestWaitSeconds',
      limit: longestWaitSeconds,
      value: longest,
      over: longest > longestWaitSeconds,
    });
  const level = live?.kpis.serviceLevel;
  if (serviceLevelPercent !== undefined) {
    const percent = level === null || level === undefined ? 100 : level * 100;
    readings.push({
      threshold: 'serviceLevelPercent',
      limit: serviceLevelPercent,
      value: percent,
      over: level !== null && level !== undefined && percent < serviceLevelPercent,
    });
  }
  return readings;
}
