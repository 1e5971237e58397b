import type { Schedule } from '../calls/call-context';
import type { Flow } from '../config';

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The wall-clock date and time in a time zone: what business hours and holidays are written in. */
export function localTime(
  at: number,
  timeZone: string,
): { date: string; monthDay: string; weekday: (typeof weekdays)[number]; clock: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'long',
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  const monthDay = `${parts.month}-${parts.day}`;
  return {
    date: `${parts.year}-${monthDay}`,
    monthDay,
    weekday: String(parts.weekday).toLowerCase() as (typeof weekdays)[number],
    clock: `${parts.hour}:${parts.minute}`,
  };
}

/** Whether a `MM-DD` or `YYYY-MM-DD` day (or range) covers the local date; yearly ranges may wrap the new year. */
function covers(from: string, to: string, local: { date: string; monthDay: string }): boolean {
  if (from.length === 10) return local.date >= from && local.date <= to;
  return from <= to
    ? local.monthDay >= from && local.monthDay <= to
    : local.monthDay >= from || local.monthDay <= to;
}

/**
 * Whether a flow is open at `at`, in its time zone (or the tenant's): holidays first, as in Teams auto
 * attendants, then weekly business hours. A flow without business hours is open around the clock.
 */
export function scheduleAt(flow: Flow, tenantTimeZone: string, at: number): Schedule {
  const local = localTime(at, flow.timeZone ?? tenantTimeZone);
  for (const holiday of flow.holidays) {
    const from = holiday.date ?? holiday.from;
    const to = holiday.date ?? holiday.to;
    if (from && to && covers(from, to, local))
      return { kind: 'holiday', name: holiday.name, action: holiday.action };
  }
  if (!flow.businessHours) return { kind: 'open' };
  const ranges = flow.businessHours[local.weekday] ?? [];
  const open = ranges.some((range) => {
    const [start, end] = range.split('-') as [string, string];
    return local.clock >= start && local.clock < end;
  });
  return open ? { kind: 'open' } : { kind: 'closed' };
}
