import { z } from 'zod';
import { apiSchemas } from './api-schemas';
import { ContactSchema } from './contact.schema';
import { InteractionSummarySchema, LoggedEventSchema } from './interaction.schema';

/** `GET /stream`: the token for EventSource, and where to resume when the header cannot be set. */
export const StreamQuerySchema = z.strictObject({
  access_token: z
    .string()
    .optional()
    .meta({ description: 'The bearer token, for EventSource (which sends no headers). Only on this route.' }),
  lastEventId: z
    .string()
    .regex(/^\d{1,15}$/, { error: 'expected an event id (a whole number)' })
    .optional()
    .meta({ description: 'Resume after this event id, as the Last-Event-ID header does.' }),
});

/** `GET /stream`'s header: where a reconnecting EventSource resumes. */
export const StreamHeadersSchema = z.object({
  'last-event-id': z
    .string()
    .regex(/^\d{1,15}$/, { error: 'expected an event id (a whole number)' })
    .optional()
    .meta({ description: 'Sent by EventSource on reconnect: the last id it received.' }),
});

/** The `data` of each server-sent event: one event-log entry; an `offered` one carries its interaction. */
export const StreamEventSchema = LoggedEventSchema.extend({
  interaction: InteractionSummarySchema.optional().meta({
    description: 'On offered events: who is calling.',
  }),
  contact: ContactSchema.nullable().optional().meta({
    description: "On offered events: the caller's contact record (name, company, VIP), null when unknown.",
  }),
}).register(apiSchemas, { id: 'StreamEvent' });
