import { z } from 'zod';
import { show } from './config-problem';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** An id chosen by the admin for a flow, menu, queue or wrap-up code: letters, digits, `-` and `_`. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
    error: (issue) => `expected an id of letters, digits, "-" and "_" (up to 64), got ${show(issue.input)}`,
  })
  .meta({ id: 'Id' });

/** A Microsoft Entra id (tenant, user, application instance), lower-cased so lookups ignore case. */
export const GuidSchema = z
  .string()
  .regex(GUID, {
    error: (issue) => `expected a GUID like "9f8e6d5c-4b3a-4e2f-9a1b-0c1d2e3f4a5b", got ${show(issue.input)}`,
  })
  .transform((guid) => guid.toLowerCase())
  .meta({ id: 'Guid' });

/** A phone number in E.164 form. YAML reads an unquoted `+14255550100` as a number, so the error says to quote it. */
export const PhoneNumberSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number'
        ? `expected an E.164 phone number in quotes ("+${issue.input}"): unquoted, YAML reads it as a number`
        : undefined,
  })
  .regex(/^\+[1-9]\d{1,14}$/, {
    error: (issue) => `expected an E.164 phone number like "+14255550100", got ${show(issue.input)}`,
  })
  .meta({ id: 'PhoneNumber', description: 'E.164, in quotes in YAML: "+14255550100".' });

/** A display name shown to agents and supervisors. */
export const NameSchema = z.string().trim().min(1).max(100);

/** A whole number of seconds within `[min, max]`, with messages such as `expected seconds > 0`. */
export function seconds(min: number, max: number) {
  const tooSmall = min === 1 ? 'expected seconds > 0' : `expected at least ${min} seconds`;
  return z
    .int({
      error: (issue) =>
        issue.input === undefined ? undefined : `expected whole seconds, got ${show(issue.input)}`,
    })
    .min(min, { error: tooSmall })
    .max(max, { error: `expected at most ${max} seconds` });
}

/** A whole number within `[min, max]`, described by `what` in errors (`expected a priority 1-5`). */
export function wholeNumber(min: number, max: number, what: string) {
  const message = `expected ${what} ${min}-${max}`;
  return z
    .int({
      error: (issue) => (issue.input === undefined ? undefined : `${message}, got ${show(issue.input)}`),
    })
    .min(min, { error: message })
    .max(max, { error: message });
}

/** A phone keypad key: 0-9, `*` or `#`. YAML's unquoted `1` is accepted as `"1"`. */
export const DtmfKeySchema = z
  .preprocess(
    (key) => (typeof key === 'number' ? String(key) : key),
    z.enum(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'], {
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `expected a phone key 0-9, "*" or "#", got ${show(issue.input)}`,
    }),
  )
  .meta({ id: 'DtmfKey' });

/** A skill name, such as `support` or `spanish`. */
export const SkillSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
  error: (issue) => `expected a skill name of letters, digits, "-" and "_", got ${show(issue.input)}`,
});

/** Skills with levels 1 (basic) to 5 (expert): an agent's proficiency, or a queue's minimum. */
export const SkillLevelsSchema = z
  .record(SkillSchema, wholeNumber(1, 5, 'a skill level'))
  .meta({ id: 'SkillLevels', description: 'Skill names and levels 1 (basic) to 5 (expert).' });

/** An IANA time zone such as `America/Los_Angeles`, checked against the runtime's time-zone database. */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, {
    error: (issue) => `expected an IANA time zone like "America/Los_Angeles", got ${show(issue.input)}`,
  })
  .meta({ id: 'TimeZone', description: 'IANA time zone, e.g. America/Los_Angeles.' });

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}
