import { startOfDay, startOfNextDay, zoneOffsetMs } from '../../../src/analytics';

/** Local midnight of a `YYYY-MM-DD` date in an IANA time zone. */
export function localMidnight(date: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d);
  // Three hours into the local day is past any clock change, so its day start is the date's midnight.
  return startOfDay(utc - zoneOffsetMs(utc, timeZone) + 3 * 3600_000, timeZone);
}

/** `[from's midnight, the midnight after to)` for inclusive local dates. */
export function dateRange(from: string, to: string, timeZone: string): { from: number; to: number } {
  return { from: localMidnight(from, timeZone), to: startOfNextDay(localMidnight(to, timeZone), timeZone) };
}

/** Today's local date (`YYYY-MM-DD`) in the zone. */
export function localDate(now: number, timeZone: string): string {
  return new Date(now + zoneOffsetMs(now, timeZone)).toISOString().slice(0, 10);
}
