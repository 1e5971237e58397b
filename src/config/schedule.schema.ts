import { z } from 'zod';
import { FlowActionSchema } from './action.schema';
import { NameSchema } from './common.schema';
import { show } from './config-problem';

const CLOCK = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const RANGE = new RegExp(`^(${CLOCK})-(${CLOCK}|24:00)$`);

/** Opening hours within one day, `"08:00-18:00"` (24-hour clock; `24:00` ends at midnight). */
export const OpeningHoursSchema = z
  .string()
  .regex(RANGE, {
    abort: true,
    error: (issue) => `expected opening hours like "08:00-18:00", got ${show(issue.input)}`,
  })
  .refine(
    (range) => {
      const [from, to] = range.split('-');
      return (from ?? '') < (to ?? '');
    },
    { error: 'expected the closing time after the opening time (split overnight hours over two days)' },
  )
  .meta({ id: 'OpeningHours' });

const dayHours = z
  .array(OpeningHoursSchema)
  .superRefine((ranges, ctx) => {
    const sorted = [...ranges].sort();
    for (let index = 1; index < sorted.length; index++) {
      const previousEnd = sorted[index - 1]?.split('-')[1] ?? '';
      if ((sorted[index]?.split('-')[0] ?? '') < previousEnd) {
        ctx.addIssue({
          code: 'custom',
          message: `opening hours overlap: ${sorted[index - 1]} and ${sorted[index]}`,
        });
      }
    }
  })
  .meta({
    description: 'Opening hours of the day, e.g. ["08:00-12:00", "13:00-17:00"]; omit the day when closed.',
  });

/** Weekly business hours; a day that is left out is closed. A flow without business hours is open 24/7. */
export const BusinessHoursSchema = z
  .strictObject({
    monday: dayHours.optional(),
    tuesday: dayHours.optional(),
    wednesday: dayHours.optional(),
    thursday: dayHours.optional(),
    friday: dayHours.optional(),
    saturday: dayHours.optional(),
    sunday: dayHours.optional(),
  })
  .refine((week) => Object.values(week).some((ranges) => ranges && ranges.length > 0), {
    error: 'no opening hours on any day; leave businessHours out for a flow that is open 24/7',
  })
  .meta({ id: 'BusinessHours' });

const YEARLY = /^(\d{2})-(\d{2})$/;
const FIXED = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `MM-DD` (every year; 02-29 allowed) and `YYYY-MM-DD` days that exist in the calendar. */
function isCalendarDay(text: string): boolean {
  const parts = FIXED.exec(text)?.slice(1) ?? ['2024', ...(YEARLY.exec(text)?.slice(1) ?? [])];
  if (parts.length !== 3) return false;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const HolidayDateSchema = z
  .string()
  .refine(isCalendarDay, {
    error: (issue) =>
      `expected a date: "12-25" (every year) or "2025-12-26" (once), got ${show(issue.input)}`,
  })
  .meta({ description: '"MM-DD" repeats every year; "YYYY-MM-DD" is one day.' });

/** A named holiday: one day (`date`) or a range (`from`/`to`), every year (`MM-DD`) or once (`YYYY-MM-DD`). */
export const HolidaySchema = z
  .strictObject({
    name: NameSchema,
    date: HolidayDateSchema.optional(),
    from: HolidayDateSchema.optional(),
    to: HolidayDateSchema.optional(),
    action: FlowActionSchema.optional().meta({
      description: "What callers get on this holiday; default the flow's onHoliday, then whenClosed.",
    }),
  })
  .superRefine((holiday, ctx) => {
    const problem = (message: string, key: 'date' | 'from' | 'to') =>
      ctx.addIssue({ code: 'custom', message, path: [key] });
    const { date, from, to } = holiday;
    if (date !== undefined) {
      if (from !== undefined || to !== undefined)
        problem('expected either date or from/to, not both', 'date');
    } else if (from === undefined && to === undefined) {
      problem('required (or from and to, for several days)', 'date');
    } else if (from === undefined || to === undefined) {
      problem(`required with ${from === undefined ? 'to' : 'from'}`, from === undefined ? 'from' : 'to');
    } else if (YEARLY.test(from) !== YEARLY.test(to)) {
      problem('expected from and to both every year (MM-DD) or both once (YYYY-MM-DD)', 'to');
    } else if (FIXED.test(from) && to < from) {
      problem(`expected a date on or after from (${from})`, 'to');
    }
  })
  .meta({ id: 'Holiday' });
