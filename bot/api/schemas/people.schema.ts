import { z } from 'zod';
import { apiSchemas } from './api-schemas';
import { PresenceSchema } from './common.schema';

/** `GET /people`: a name prefix, a skill of the tenant's agents, or both; at most `top` people (1-25). */
export const PeopleQuerySchema = z
  .strictObject({
    search: z
      .string()
      .trim()
      .min(1, { error: 'expected 1-64 characters' })
      .max(64, { error: 'expected at most 64 characters' })
      .optional()
      .meta({ description: 'Start of a display name (Graph startswith).' }),
    skill: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, {
        error: 'expected a skill name of letters, digits, "-" and "_"',
      })
      .optional()
      .meta({ description: "A skill of the tenant's agents (support, spanish…)." }),
    top: z.coerce
      .number({ error: 'expected a whole number 1-25' })
      .int({ error: 'expected a whole number 1-25' })
      .min(1, { error: 'expected a whole number 1-25' })
      .max(25, { error: 'expected a whole number 1-25' })
      .default(10),
  })
  .superRefine((query, ctx) => {
    if (query.search === undefined && query.skill === undefined)
      ctx.addIssue({ code: 'custom', path: ['search'], message: 'give search, skill or both' });
  });

/** Someone to consult: a Teams user of the tenant with live presence and, for agents, their skills. */
export const PersonSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    userPrincipalName: z.string().nullable(),
    mail: z.string().nullable(),
    jobTitle: z.string().nullable(),
    presence: PresenceSchema.nullable().meta({ description: 'Null when Graph has none for the user.' }),
    skills: z
      .record(z.string(), z.int())
      .nullable()
      .meta({ description: 'Null for people who are not agents.' }),
  })
  .register(apiSchemas, { id: 'Person' });

/** `GET /people`: free people first, then by name. */
export const PeopleSchema = z
  .object({ people: z.array(PersonSchema) })
  .register(apiSchemas, { id: 'People' });
