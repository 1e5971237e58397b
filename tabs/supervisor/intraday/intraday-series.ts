import type { Intraday } from '../supervisor.types';

/** One 15-minute interval as the chart draws it. */
export type IntradayInterval = Intraday['intervals'][number];

/**
 * The part of the day with calls in it: from the first interval that offered a call to the last, so a day
 * of 96 intervals does not crowd the chart with empty mornings and nights. Empty when nothing was offered.
 */
export function activeIntervals(intervals: IntradayInterval[]): IntradayInterval[] {
  const busy = (i: IntradayInterval) => i.offered > 0 || i.answered > 0 || i.abandoned > 0;
  const first = intervals.findIndex(busy);
  if (first < 0) return [];
  const last = intervals.length - 1 - [...intervals].reverse().findIndex(busy);
  return intervals.slice(first, last + 1);
}

/** An interval's start as the tenant reads it, e.g. "09:15". */
export function intervalLabel(start: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(start),
  );
}
