import { z } from 'zod';
import { apiSchemas } from './api-schemas';
import { InstantSchema } from './common.schema';
import { ContactSchema } from './contact.schema';

/** Longest note or wrap-up notes. */
export const MAX_NOTE_LENGTH = 4000;

const nullableInstant = InstantSchema.nullable();

/** An interaction as lists show it: who called, which queue, where it is, how it went. */
export const InteractionSummarySchema = z
  .object({
    id: z.string(),
    caller: z.string().nullable().meta({ description: 'E.164; null when withheld.' }),
    dialled: z.string(),
    queue: z.object({ id: z.string(), name: z.string() }).nullable(),
    channel: z
      .enum(['voice', 'voicemail'])
      .meta({ description: 'A call, or the voicemail task a caller left.' }),
    state: z.enum([
      'answering',
      'inFlow',
      'queued',
      'offering',
      'connected',
      'closing',
      'ended',
      'callbackSetup',
      'callbackDelay',
      'callingBack',
      'recording',
      'taskQueued',
      'taskAssigned',
    ]),
    callback: z
      .object({ number: z.string(), attempts: z.int() })
      .nullable()
      .meta({ description: 'The callback the caller asked for: the number to call, attempts so far.' }),
    hasRecording: z
      .boolean()
      .meta({ description: 'A recording can be downloaded from GET /interactions/{id}/recording.' }),
    arrivedAt: InstantSchema,
    offeredAt: nullableInstant.meta({
      description: 'The last offer (to the caller of GET /me/interactions: to them).',
    }),
    connectedAt: nullableInstant,
    endedAt: nullableInstant,
    endReason: z.string().nullable(),
    waitedMs: z
      .int()
      .nullable()
      .meta({ description: 'Time in queue before connecting, abandoning, or so far.' }),
    agentId: z.string().nullable().meta({ description: 'The agent offered, connected or who handled it.' }),
    disposition: z.string().nullable().meta({ description: 'The wrap-up code id, once wrapped up.' }),
  })
  .register(apiSchemas, { id: 'InteractionSummary' });

/** `GET /me/interactions`. */
export const MyInteractionsSchema = z
  .object({
    current: InteractionSummarySchema.nullable().meta({ description: 'Offered, on a call or in wrap-up.' }),
    today: z
      .array(InteractionSummarySchema)
      .meta({ description: "Offered to the agent today (the tenant's day), newest first." }),
  })
  .register(apiSchemas, { id: 'MyInteractions' });

/** A note on an interaction. */
export const NoteSchema = z
  .object({
    id: z.string(),
    interactionId: z.string(),
    authorId: z.string(),
    at: InstantSchema,
    text: z.string(),
  })
  .register(apiSchemas, { id: 'Note' });

/** One entry of the event log. */
export const LoggedEventSchema = z
  .object({
    seq: z.int(),
    name: z.string(),
    at: InstantSchema,
    interactionId: z.string().nullable(),
    agentId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .register(apiSchemas, { id: 'LoggedEvent' });

/** `GET /interactions/{id}`: the summary with the IVR path, timeline, notes and customer context. */
export const InteractionDetailSchema = InteractionSummarySchema.extend({
  ivrPath: z.array(z.object({ menuId: z.string(), key: z.string() })),
  timeline: z.array(LoggedEventSchema),
  notes: z.array(NoteSchema),
  customer: z.object({
    caller: z.string().nullable(),
    contact: ContactSchema.nullable().meta({
      description: "The contact whose number called (the tenant's directory, or a CRM); null when unknown.",
    }),
    previous: z.array(InteractionSummarySchema).meta({
      description: "The tenant's earlier interactions from the same number, newest first (20 at most).",
    }),
  }),
}).register(apiSchemas, { id: 'InteractionDetail' });

const noteText = z
  .string()
  .trim()
  .min(1, { error: 'expected text of 1-4000 characters' })
  .max(MAX_NOTE_LENGTH, { error: `expected at most ${MAX_NOTE_LENGTH} characters` });

/** `POST /interactions/{id}/notes`. */
export const NewNoteSchema = z.strictObject({ text: noteText }).register(apiSchemas, { id: 'NewNote' });

/** `POST /interactions/{id}/wrapup`. */
export const WrapUpSchema = z
  .strictObject({
    disposition: z
      .string()
      .min(1)
      .meta({ description: 'A wrap-up code id of the tenant (GET /me lists them).' }),
    notes: noteText.optional(),
  })
  .register(apiSchemas, { id: 'WrapUp' });

/** What a wrap-up recorded, and the agent's status after it. */
export const WrapUpResultSchema = z
  .object({
    interactionId: z.string(),
    disposition: z.string(),
    at: InstantSchema,
    note: NoteSchema.nullable(),
    agent: z.object({ status: z.string(), reason: z.string().nullable(), since: InstantSchema }),
  })
  .register(apiSchemas, { id: 'WrapUpResult' });
