import { z } from 'zod';
import { apiSchemas } from './api-schemas';
import { InstantSchema, QueueIdParamsSchema } from './common.schema';
import { InteractionSummarySchema } from './interaction.schema';
import { AgentStatusSchema } from './me.schema';

const rate = z.number().nullable().meta({ description: '0-1; null when there is nothing to measure.' });
const seconds = z.number().nullable();

/** A queue's live tile with the thresholds to colour it by. */
export const QueueTileSchema = z
  .object({
    queueId: z.string(),
    name: z.string(),
    waiting: z.int(),
    longestWaitSeconds: z.int().meta({ description: 'Of the caller waiting longest now.' }),
    longestWaitingSince: InstantSchema.nullable(),
    callbacksWaiting: z.int(),
    today: z.object({
      offered: z.int(),
      answered: z.int(),
      abandoned: z.int(),
      shortAbandoned: z.int(),
      serviceLevel: rate,
      asaSeconds: seconds,
      abandonRate: rate,
    }),
    agents: z
      .object({ available: z.int(), busy: z.int(), wrapUp: z.int(), notReady: z.int(), offline: z.int() })
      .meta({ description: 'Agents signed in to the queue, by state (busy includes ringing).' }),
    thresholds: z.object({
      serviceLevelSeconds: z.int(),
      serviceLevelPercent: z.int().nullable(),
      waitingCalls: z.int().nullable(),
      longestWaitSeconds: z.int().nullable(),
    }),
  })
  .register(apiSchemas, { id: 'QueueTile' });

export const QueueTilesSchema = z
  .object({ asOf: InstantSchema, queues: z.array(QueueTileSchema) })
  .register(apiSchemas, { id: 'QueueTiles' });

/** One row of the agent grid. */
export const AgentRowSchema = z
  .object({
    agentId: z.string(),
    name: z.string(),
    status: AgentStatusSchema,
    reason: z.string().nullable(),
    since: InstantSchema.nullable(),
    secondsInState: z.int().nullable(),
    interactionId: z.string().nullable(),
    queues: z.array(z.string()),
    signedInQueues: z.array(z.string()),
    handledToday: z.int(),
    missedToday: z.int(),
  })
  .register(apiSchemas, { id: 'AgentRow' });

export const AgentGridSchema = z
  .object({ asOf: InstantSchema, agents: z.array(AgentRowSchema) })
  .register(apiSchemas, { id: 'AgentGrid' });

const queueFilter = QueueIdParamsSchema.shape.queueId;
const date = z.iso.date({ error: 'expected a date YYYY-MM-DD' });

/** `GET /supervisor/agents`. */
export const AgentGridQuerySchema = z.strictObject({ queueId: queueFilter.optional() });

/** `GET /supervisor/intraday`. */
export const IntradayQuerySchema = z.strictObject({
  queueId: queueFilter.optional().meta({ description: 'One queue; all queues summed when left out.' }),
  date: date.optional().meta({ description: 'A local date of the tenant; today unless given.' }),
});

export const IntradaySchema = z
  .object({
    date: z.string(),
    timeZone: z.string(),
    queueId: z.string().nullable(),
    intervals: z.array(
      z.object({
        start: InstantSchema,
        end: InstantSchema,
        offered: z.int(),
        answered: z.int(),
        abandoned: z.int(),
        serviceLevel: rate,
      }),
    ),
  })
  .register(apiSchemas, { id: 'Intraday' });

const rangeFields = {
  from: date,
  to: date,
  queues: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}(,[A-Za-z0-9][A-Za-z0-9_-]{0,63})*$/, {
      error: 'expected queue ids separated by commas',
    })
    .optional()
    .meta({ description: 'Comma-separated queue ids; every queue when left out.' }),
};

function checkRange(query: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (query.to < query.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  else if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > 92)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'a report covers at most 93 days' });
}

/** `GET /supervisor/report` and its CSV: local dates (inclusive), queues, interval size. */
export const ReportQuerySchema = z
  .strictObject({ ...rangeFields, size: z.enum(['15', '30', '60', 'day', 'range']).default('day') })
  .superRefine(checkRange);

/** `GET /supervisor/interactions` and its CSV: local dates (inclusive) and queues. */
export const InteractionListQuerySchema = z.strictObject(rangeFields).superRefine(checkRange);

const figures = {
  offered: z.int(),
  answered: z.int(),
  answeredInSl: z.int(),
  abandoned: z.int(),
  shortAbandoned: z.int(),
  overflowed: z.int(),
  serviceLevel: rate,
  asaSeconds: seconds,
  ahtSeconds: seconds,
  abandonRate: rate,
  averageWaitSeconds: seconds,
  longestWaitSeconds: z.number(),
  agentsNeeded: z
    .int()
    .nullable()
    .meta({ description: 'Erlang C for the target service level; null without AHT.' }),
  agentsStaffed: z.number().meta({ description: "Agents' logged-in time / the interval's length." }),
};

export const ReportRowSchema = z
  .object({ start: InstantSchema, end: InstantSchema, ...figures })
  .register(apiSchemas, { id: 'ReportRow' });

export const QueueReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    size: z.string(),
    queues: z.array(
      z.object({
        queueId: z.string(),
        name: z.string(),
        targetServiceLevel: z.number(),
        intervals: z.array(ReportRowSchema),
        total: ReportRowSchema,
      }),
    ),
  })
  .register(apiSchemas, { id: 'QueueReport' });

export const InteractionListSchema = z
  .object({ interactions: z.array(InteractionSummarySchema), truncated: z.boolean() })
  .register(apiSchemas, { id: 'InteractionList' });

/** `PUT /supervisor/agents/{agentId}/status`. */
export const AgentIdParamsSchema = z.strictObject({
  agentId: z.guid({ error: (issue) => `expected an agent id (a UUID), got ${JSON.stringify(issue.input)}` }),
});

/** `POST /supervisor/interactions/{id}/move`. */
export const MoveSchema = z
  .strictObject({ queueId: queueFilter })
  .register(apiSchemas, { id: 'MoveToQueue' });

/** `PUT /supervisor/interactions/{id}/priority`. */
export const PrioritySchema = z
  .strictObject({
    priority: z
      .int({ error: 'expected a whole number 1-5' })
      .min(1, { error: 'expected a whole number 1-5' })
      .max(5, { error: 'expected a whole number 1-5' })
      .meta({ description: '1 = served first.' }),
  })
  .register(apiSchemas, { id: 'Priority' });

/** What a supervisor action did: the audit entry it wrote. */
export const SupervisorActionSchema = z
  .object({
    action: z.string(),
    actorId: z.string(),
    target: z.object({ kind: z.enum(['agent', 'interaction']), id: z.string() }),
    before: z.record(z.string(), z.unknown()),
    after: z.record(z.string(), z.unknown()),
    at: InstantSchema,
  })
  .register(apiSchemas, { id: 'SupervisorAction' });

/** `GET /supervisor/audit`: local dates, inclusive. */
export const AuditQuerySchema = z.strictObject({ from: date, to: date }).superRefine(checkRange);

/** The audit: supervisor actions with the event-log seq of each. */
export const AuditListSchema = z
  .object({ actions: z.array(SupervisorActionSchema.extend({ seq: z.int() })) })
  .register(apiSchemas, { id: 'AuditList' });
