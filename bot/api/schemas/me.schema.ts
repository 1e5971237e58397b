import { z } from 'zod';
import { apiSchemas } from './api-schemas';
import { InstantSchema, PresenceSchema, RoleSchema } from './common.schema';

/** The routing states of an agent. */
export const AgentStatusSchema = z
  .enum(['offline', 'available', 'reserved', 'busy', 'wrapUp', 'notReady'])
  .meta({ description: 'reserved: a call rings in Teams; busy: on a call; wrapUp: after-call work.' })
  .register(apiSchemas, { id: 'AgentStatus' });

/** Reasons the tab offers for not ready; any other text up to 64 characters is accepted too. */
export const NOT_READY_REASONS = ['break', 'lunch', 'meeting', 'training', 'admin'] as const;

/** A queue the agent belongs to: whether they are signed in, and how many callers wait in it. */
export const MyQueueSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    signedIn: z.boolean(),
    waiting: z.int().min(0),
    wrapUpSeconds: z.int().min(0).meta({ description: "The queue's wrap-up time after each call." }),
  })
  .register(apiSchemas, { id: 'MyQueue' });

/** The agent's status as it now is. */
export const AgentStatusViewSchema = z
  .object({ status: AgentStatusSchema, reason: z.string().nullable(), since: InstantSchema })
  .register(apiSchemas, { id: 'AgentStatusView' });

/** `GET /me`. */
export const MeSchema = z
  .object({
    id: z.string().meta({ description: "The agent's Entra object id." }),
    name: z.string(),
    tenantId: z.string(),
    roles: z.array(RoleSchema),
    status: AgentStatusSchema,
    reason: z.string().nullable(),
    since: InstantSchema,
    presence: PresenceSchema.nullable(),
    interactionId: z
      .string()
      .nullable()
      .meta({ description: 'The interaction offered to or held by the agent.' }),
    queues: z.array(MyQueueSchema),
    wrapUpCodes: z.array(z.object({ id: z.string(), name: z.string() })),
    notReadyReasons: z.array(z.string()).meta({ description: 'Suggested reasons for notReady.' }),
  })
  .register(apiSchemas, { id: 'Me' });

/** `PUT /me/status`: a reason (1-64 characters) is required for notReady and refused otherwise. */
export const StatusChangeSchema = z
  .strictObject({
    status: z.enum(['available', 'notReady', 'offline']),
    reason: z
      .string()
      .trim()
      .min(1, { error: 'expected a reason of 1-64 characters' })
      .max(64, { error: 'expected a reason of at most 64 characters' })
      .optional()
      .meta({ description: `Required for notReady: ${NOT_READY_REASONS.join(', ')}, or any text up to 64.` }),
  })
  .superRefine((change, ctx) => {
    if (change.status === 'notReady' && change.reason === undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required when status is notReady' });
    if (change.status !== 'notReady' && change.reason !== undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'only allowed when status is notReady' });
  })
  .register(apiSchemas, { id: 'StatusChange' });

/** `PUT /me/queues/{queueId}`. */
export const QueueSignInSchema = z
  .strictObject({ signedIn: z.boolean() })
  .register(apiSchemas, { id: 'QueueSignIn' });
