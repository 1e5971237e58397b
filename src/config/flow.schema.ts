import { z } from 'zod';
import { FlowActionSchema, MenuChoicesSchema } from './action.schema';
import { IdSchema, NameSchema, seconds, TimeZoneSchema, wholeNumber } from './common.schema';
import { PromptSchema } from './prompt.schema';
import { BusinessHoursSchema, HolidaySchema } from './schedule.schema';

/** An IVR menu: a prompt, the keys a caller may press, and what happens on a wrong key or silence. */
export const MenuSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Unique within the flow.' }),
    prompt: PromptSchema.meta({ description: 'Lists the choices ("For sales, press 1...").' }),
    choices: MenuChoicesSchema.refine((choices) => Object.keys(choices).length > 0, {
      error: 'expected at least one key',
    }).meta({ description: 'Keys (0-9, "*", "#"; quote "*" and "#" in YAML) and what each does.' }),
    forceListen: z
      .boolean()
      .default(false)
      .meta({ description: 'Ignore keys pressed while the prompt plays (Teams ForceListenMenuEnabled).' }),
    timeoutSeconds: seconds(1, 60)
      .default(5)
      .meta({ description: 'Silence after the prompt that counts as no input.' }),
    retries: wholeNumber(0, 5, 'a retry count')
      .default(2)
      .meta({ description: 'How many times the menu is replayed after a wrong key or no input.' }),
    invalidPrompt: PromptSchema.optional().meta({
      description: 'Played after a wrong key, before the menu again.',
    }),
    noInputPrompt: PromptSchema.optional().meta({
      description: 'Played after no input, before the menu again.',
    }),
    onFailure: FlowActionSchema.default({ type: 'disconnect' }).meta({
      description: 'What happens when the retries are used up.',
    }),
  })
  .meta({ id: 'Menu' });

/**
 * What a number runs: a greeting, then `start` (usually a menu); outside business hours or on a holiday,
 * `whenClosed` / `onHoliday` instead. Holidays win over business hours, as in Teams auto attendants.
 */
export const FlowSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema.optional(),
    timeZone: TimeZoneSchema.optional().meta({
      description: "Time zone of the hours and holidays; default the tenant's.",
    }),
    greeting: PromptSchema.optional().meta({
      description: 'Played once when the call is answered, open or not.',
    }),
    start: FlowActionSchema.meta({ description: 'What happens after the greeting during business hours.' }),
    menus: z.array(MenuSchema).default([]),
    businessHours: BusinessHoursSchema.optional().meta({
      description: 'Weekly opening hours; leave out for 24/7.',
    }),
    holidays: z.array(HolidaySchema).default([]),
    whenClosed: FlowActionSchema.optional().meta({
      description: 'Outside business hours. Required with businessHours.',
    }),
    onHoliday: FlowActionSchema.optional().meta({
      description: 'On a holiday without its own action; default whenClosed.',
    }),
  })
  .superRefine((flow, ctx) => {
    if (flow.whenClosed !== undefined) return;
    if (flow.businessHours !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'required when the flow has businessHours',
        path: ['whenClosed'],
      });
    } else if (
      flow.holidays.some((holiday) => holiday.action === undefined) &&
      flow.onHoliday === undefined
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'required (or onHoliday) when a holiday has no action',
        path: ['whenClosed'],
      });
    }
  })
  .meta({ id: 'Flow' });

/** An IVR menu after validation, defaults applied. */
export type Menu = z.infer<typeof MenuSchema>;
/** A flow after validation, defaults applied. */
export type Flow = z.infer<typeof FlowSchema>;
