import { z } from 'zod';
import { DtmfKeySchema, IdSchema, SkillLevelsSchema, seconds, wholeNumber } from './common.schema';
import { PromptSchema } from './prompt.schema';

/** Position and estimated-wait announcements, built from recorded number clips, repeated while the caller waits. */
export const AnnouncementsSchema = z
  .strictObject({
    position: z.boolean().default(true).meta({ description: 'Announce the place in the queue.' }),
    estimatedWait: z.boolean().default(true).meta({ description: 'Announce the estimated wait.' }),
    everySeconds: seconds(15, 600).default(60),
  })
  .refine((announcements) => announcements.position || announcements.estimatedWait, {
    error: 'announces nothing; turn on position or estimatedWait, or leave announcements out',
  })
  .meta({ id: 'Announcements' });

/** Callback offer (issue 4): the caller presses `key`, keeps their place, and is called back when it is their turn. */
export const CallbackSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    key: DtmfKeySchema.default('1'),
    offerAfterSeconds: seconds(0, 2700).default(60).meta({
      description: 'Time waited before the offer is made (Teams WaitTimeBeforeOfferingCallbackInSecond).',
    }),
    offerPrompt: PromptSchema.optional().meta({
      description: '"Press 1 to be called back without losing your place."',
    }),
    attempts: wholeNumber(1, 10, 'a number of attempts')
      .default(3)
      .meta({ description: 'Calls placed before giving up.' }),
    retryAfterSeconds: seconds(30, 86_400)
      .default(300)
      .meta({ description: 'Time between unanswered attempts.' }),
  })
  .meta({ id: 'Callback' });

/** Voicemail in the queue (issue 4): the caller presses `key` and records a message routed to agents like a call. */
export const VoicemailSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    key: DtmfKeySchema.default('2'),
    maxSeconds: seconds(1, 120)
      .default(120)
      .meta({ description: 'Longest recording (Graph recordResponse allows 120).' }),
    offerPrompt: PromptSchema.optional().meta({ description: '"Press 2 to leave a message."' }),
  })
  .meta({ id: 'VoicemailSettings' });

/**
 * One escalation step (issue 4), as in TaskRouter workflows: after `afterSeconds` of waiting, `skills` replaces
 * the required skills (fewer skills or lower levels) and/or the agents of `addAgentsFrom` queues are added.
 */
export const EscalationStepSchema = z
  .strictObject({
    afterSeconds: seconds(1, 2700),
    skills: SkillLevelsSchema.optional().meta({
      description: 'Required skills from this step on; {} = any agent.',
    }),
    addAgentsFrom: z
      .array(IdSchema)
      .min(1)
      .optional()
      .meta({ description: 'Queues whose agents may also answer.' }),
  })
  .refine((step) => step.skills !== undefined || step.addAgentsFrom !== undefined, {
    error: 'expected skills or addAgentsFrom: a step must widen something',
  })
  .meta({ id: 'EscalationStep' });

/** What the agent hears before an announced transfer connects the caller, in order. */
export const WhisperPartSchema = z.enum(['queueName', 'waitTime', 'caller', 'vip']);

/** Announced transfer (issue 4): the bot calls the agent first, whispers, then transfers the caller. */
export const AnnouncedTransferSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    whisper: z.array(WhisperPartSchema).default(['queueName', 'waitTime', 'caller']).meta({
      description: "queueName (the queue's namePrompt), waitTime, caller (number or contact name), vip.",
    }),
  })
  .meta({ id: 'AnnouncedTransfer' });

/** Thresholds that raise an alert to the queue's supervisors; each is off when left out. */
export const SupervisorAlertsSchema = z
  .strictObject({
    waitingCalls: wholeNumber(1, 1000, 'a number of calls')
      .optional()
      .meta({ description: 'Alert when more calls than this are waiting.' }),
    longestWaitSeconds: seconds(1, 2700)
      .optional()
      .meta({ description: 'Alert when a caller has waited longer.' }),
    serviceLevelPercent: wholeNumber(1, 100, 'a percentage')
      .optional()
      .meta({ description: 'Alert when the service level falls below this.' }),
  })
  .meta({ id: 'SupervisorAlerts' });
