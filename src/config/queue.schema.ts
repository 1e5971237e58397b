import { z } from 'zod';
import { QueueExitActionSchema } from './action.schema';
import { GuidSchema, IdSchema, NameSchema, SkillLevelsSchema, seconds, wholeNumber } from './common.schema';
import type { ConfigProblem } from './config-problem';
import { addProblems } from './config-problem';
import { PromptSchema } from './prompt.schema';
import {
  AnnouncedTransferSchema,
  AnnouncementsSchema,
  CallbackSchema,
  EscalationStepSchema,
  SupervisorAlertsSchema,
  VoicemailSchema,
} from './queue-options.schema';

/** How a queue picks the agent for the next call; names and default as in Teams call queues. */
export const RoutingMethodSchema = z.enum(['longestIdle', 'roundRobin', 'skillsBased', 'serial']);

const QueueFieldsSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  namePrompt: PromptSchema.optional().meta({
    description: "The queue's name, spoken in the agent's whisper.",
  }),
  routing: RoutingMethodSchema.default('longestIdle'),
  skills: SkillLevelsSchema.default({}).meta({ description: 'Required skills and minimum levels (1-5).' }),
  priority: wholeNumber(1, 5, 'a priority')
    .default(3)
    .meta({ description: '1 = highest (Teams call priority).' }),
  presenceBasedRouting: z
    .boolean()
    .default(true)
    .meta({ description: 'Offer calls only to agents Available in Teams.' }),
  agentAlertSeconds: seconds(15, 180)
    .default(30)
    .meta({ description: "How long an agent's Teams rings (15-180)." }),
  wrapUpSeconds: seconds(0, 3600)
    .default(30)
    .meta({ description: 'Timed wrap-up after each call; 0 = none.' }),
  serviceLevelSeconds: seconds(1, 3600)
    .default(20)
    .meta({ description: 'Answered within this counts as in service level.' }),
  maxWait: seconds(1, 2700)
    .default(1200)
    .meta({ description: 'Longest wait before maxWaitAction (Teams timeout).' }),
  maxWaitAction: QueueExitActionSchema.default({ type: 'disconnect' }),
  maxSize: wholeNumber(0, 200, 'a number of calls')
    .default(50)
    .meta({ description: 'Calls waiting before new callers get maxSizeAction; 0 = all (Teams overflow).' }),
  maxSizeAction: QueueExitActionSchema.default({ type: 'disconnect' }),
  musicOnHold: PromptSchema.optional().meta({
    description: 'Looped while the caller waits; default the shipped music.',
  }),
  announcements: AnnouncementsSchema.optional(),
  callback: CallbackSchema.prefault({ enabled: false }),
  voicemail: VoicemailSchema.prefault({ enabled: false }),
  escalation: z.array(EscalationStepSchema).default([]),
  announcedTransfer: AnnouncedTransferSchema.prefault({ enabled: false }),
  alerts: SupervisorAlertsSchema.default({}),
  agentOrder: z
    .array(GuidSchema)
    .optional()
    .meta({ description: 'Serial routing order (agent ids); agents left out follow in file order.' }),
});

type QueueFields = z.infer<typeof QueueFieldsSchema>;

/** Rules between a queue's own settings; references to other queues and agents are checked per tenant. */
function checkQueueSettings(queue: QueueFields): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (queue.routing === 'skillsBased' && Object.keys(queue.skills).length === 0) {
    problems.push({
      path: ['skills'],
      message: 'expected at least one required skill for skillsBased routing',
    });
  }
  if (queue.callback.enabled && queue.voicemail.enabled && queue.callback.key === queue.voicemail.key) {
    problems.push({
      path: ['voicemail', 'key'],
      message: `key "${queue.voicemail.key}" is already the callback key`,
    });
  }
  if (
    queue.announcedTransfer.enabled &&
    queue.announcedTransfer.whisper.includes('queueName') &&
    !queue.namePrompt
  ) {
    problems.push({
      path: ['namePrompt'],
      message: 'required when the announced-transfer whisper includes queueName',
    });
  }
  let previous = { afterSeconds: 0, skills: queue.skills };
  queue.escalation.forEach((step, index) => {
    const path = ['escalation', index];
    if (step.afterSeconds <= previous.afterSeconds) {
      problems.push({
        path: [...path, 'afterSeconds'],
        message: `expected more than ${previous.afterSeconds} seconds`,
      });
    } else if (step.afterSeconds >= queue.maxWait) {
      problems.push({
        path: [...path, 'afterSeconds'],
        message: `never reached: maxWait is ${queue.maxWait} seconds`,
      });
    }
    for (const [skill, level] of Object.entries(step.skills ?? {})) {
      const before = previous.skills[skill];
      if (before === undefined)
        problems.push({
          path: [...path, 'skills', skill],
          message: 'not required before this step; escalation can only widen',
        });
      else if (level > before)
        problems.push({
          path: [...path, 'skills', skill],
          message: `raises the level from ${before}; escalation can only widen`,
        });
    }
    previous = { afterSeconds: step.afterSeconds, skills: step.skills ?? previous.skills };
  });
  return problems;
}

/** A call queue: routing, limits and what happens at them, music, announcements, callbacks, voicemail, escalation. */
export const QueueSchema = QueueFieldsSchema.superRefine((queue, ctx) =>
  addProblems(ctx, checkQueueSettings(queue)),
).meta({ id: 'Queue' });

/** A queue after validation, defaults applied. */
export type Queue = z.infer<typeof QueueSchema>;
/** One of the routing methods a queue can use. */
export type RoutingMethod = z.infer<typeof RoutingMethodSchema>;
