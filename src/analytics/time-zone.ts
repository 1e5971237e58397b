const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in ms (e.g. +3,600,000 for Paris in winter).
 * Throws a `RangeError` for a name that is not an IANA time zone.
 */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a wall-clock reading (ms since the epoch, read as if UTC) happens in the zone, guessing with
 * the offset at `near` (a later instant) and correcting with the offset at the guess. A reading the clock
 * skips (spring forward) resolves to the instant the clock jumped past it.
 */
function fromWall(wall: number, timeZone: string, near: number): number {
  return wall - zoneOffsetMs(wall - zoneOffsetMs(near, timeZone), timeZone);
}

/** The last instant at or before `at` when the zone's wall clock showed a multiple of `stepMs` (a day at most). */
export function alignDown(at: number, stepMs: number, timeZone: string): number {
  const wall = at + zoneOffsetMs(at, timeZone);
  const aligned = fromWall(wall - mod(wall, stepMs), timeZone, at);
  return aligned <= at ? aligned : alignDown(aligned - 1, stepMs, timeZone);
}

/** The start of the zone's calendar day that contains `at` (local midnight, or the first instant after it). */
export function startOfDay(at: number, timeZone: string): number {
  return alignDown(at, dayMs, timeZone);
}

/** The start of the zone's next calendar day after the one containing `at`; days last 23 to 25 hours. */
export function startOfNextDay(at: number, timeZone: string): number {
  return startOfDay(startOfDay(at, timeZone) + 36 * hourMs, timeZone);
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
