import { alignDown, startOfDay, startOfNextDay } from './time-zone';

/** How a report is cut: minutes on the zone's wall clock (15, 30 or 60, as Teams offers), days, or one range. */
export type IntervalSize = 15 | 30 | 60 | 'day' | 'range';

/** The time a report covers, in an IANA time zone (interval boundaries follow its wall clock). */
export interface ReportWindow {
  /** First instant (epoch ms). Minute and day intervals start at the boundary at or before it. */
  from: number;
  /** End (epoch ms, exclusive). The last interval is the one that contains `to - 1`. */
  to: number;
  /** IANA time zone name, e.g. `Europe/London`. */
  timeZone: string;
  size: IntervalSize;
}

/** One reporting interval, `[start, end)` in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Interval boundaries: `bounds[i]` starts interval `i`, the last entry ends the window. Minute intervals
 * follow the local clock: every IANA offset in use is a whole quarter-hour, so 15-minute intervals stay
 * 15 minutes across clock changes; days last 23 to 25 hours.
 */
export interface Intervals {
  readonly bounds: readonly number[];
  /** The common length of every interval when they are all equal (no clock change inside), else 0. */
  readonly stepMs: number;
}

const minuteMs = 60_000;

/** The intervals of a window. Throws a `RangeError` for an unknown time zone or an empty window. */
export function intervalsOf(window: ReportWindow): Intervals {
  const { from, to, timeZone, size } = window;
  if (!(to > from)) throw new RangeError(`empty report window: from ${from} to ${to}`);
  if (size === 'range') return withStep([from, to]);
  const next =
    size === 'day'
      ? (at: number) => startOfNextDay(at, timeZone)
      : (at: number) => {
          const step = size * minuteMs;
          const ahead = alignDown(at + step, step, timeZone);
          return ahead > at ? ahead : at + step;
        };
  const bounds = [size === 'day' ? startOfDay(from, timeZone) : alignDown(from, size * minuteMs, timeZone)];
  while (bounds[bounds.length - 1]! < to) bounds.push(next(bounds[bounds.length - 1]!));
  return withStep(bounds);
}

function withStep(bounds: number[]): Intervals {
  const stepMs = bounds[1]! - bounds[0]!;
  const uniform = bounds.every((bound, i) => bound === bounds[0]! + i * stepMs);
  return { bounds, stepMs: uniform ? stepMs : 0 };
}

/** The intervals as `{ start, end }` pairs, for display. */
export function listIntervals(intervals: Intervals): Interval[] {
  const { bounds } = intervals;
  return bounds.slice(1).map((end, i) => ({ start: bounds[i]!, end }));
}

/** How many intervals there are. */
export function intervalCount(intervals: Intervals): number {
  return intervals.bounds.length - 1;
}

/** The index of the interval containing `at`, or -1 outside the window: O(1), or O(log n) across a clock change. */
export function intervalIndex(intervals: Intervals, at: number): number {
  const { bounds, stepMs } = intervals;
  if (!(at >= bounds[0]!) || at >= bounds[bounds.length - 1]!) return -1;
  if (stepMs > 0) return Math.floor((at - bounds[0]!) / stepMs);
  let low = 0;
  let high = bounds.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (bounds[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Today in a zone, from its midnight to the next, cut in `size` intervals: what live tiles and "today" show. */
export function todayWindow(now: number, timeZone: string, size: IntervalSize = 'range'): ReportWindow {
  const from = startOfDay(now, timeZone);
  return { from, to: startOfNextDay(now, timeZone), timeZone, size };
}
