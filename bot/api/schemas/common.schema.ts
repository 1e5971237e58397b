import { z } from 'zod';
import { ROLES } from '../../auth';
import { apiSchemas } from './api-schemas';

/** An instant on the wire: ISO 8601 in UTC (`2026-05-04T09:30:00.000Z`). */
export const InstantSchema = z.iso
  .datetime()
  .meta({ description: 'ISO 8601, UTC.' })
  .register(apiSchemas, { id: 'Instant' });

/** An Entra object id or a Switchboard interaction id. */
const guid = (what: string) =>
  z.guid({ error: (issue) => `expected ${what} (a UUID), got ${JSON.stringify(issue.input)}` });

/** The id of an interaction in a path. */
export const InteractionIdParamsSchema = z.strictObject({ id: guid('an interaction id') });

/** The id of a queue in a path, as the contact-center file spells queue ids. */
export const QueueIdParamsSchema = z.strictObject({
  queueId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
    error: 'expected a queue id of letters, digits, "-" and "_" (up to 64)',
  }),
});

/** A role of the Switchboard API. */
export const RoleSchema = z
  .enum(ROLES as ['Agent', 'Supervisor', 'Admin'])
  .register(apiSchemas, { id: 'Role' });

/** Teams presence, as Graph reports it. */
export const PresenceSchema = z
  .object({ availability: z.string(), activity: z.string() })
  .meta({ description: 'Teams presence as Graph reports it (availability, activity).' })
  .register(apiSchemas, { id: 'Presence' });

/** A wrong input named by place and field. */
export const FieldProblemSchema = z
  .object({
    in: z.enum(['body', 'query', 'path', 'header']),
    field: z.string().meta({ description: 'Dotted path in the input; empty for the input as a whole.' }),
    message: z.string(),
  })
  .register(apiSchemas, { id: 'FieldProblem' });

/** Every error: `{ "error": { "code", "message", "details"? } }`. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .meta({ description: 'Stable, machine-readable: missingToken, missingRole, invalidRequest…' }),
      message: z.string().meta({ description: 'What was wrong, for people.' }),
      details: z.array(FieldProblemSchema).optional().meta({ description: 'Each wrong field of a 400.' }),
    }),
  })
  .register(apiSchemas, { id: 'Error' });
