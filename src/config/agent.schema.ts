import { z } from 'zod';
import { GuidSchema, IdSchema, NameSchema, SkillLevelsSchema, wholeNumber } from './common.schema';

/** A formal agent: a Teams user who answers the queues they belong to. */
export const AgentSchema = z
  .strictObject({
    id: GuidSchema.meta({ description: "The agent's Teams user id (Entra object id)." }),
    name: NameSchema,
    skills: SkillLevelsSchema.default({}).meta({
      description: 'Skills with levels 1 (basic) to 5 (expert).',
    }),
    queues: z.array(IdSchema).default([]).meta({ description: 'Ids of the queues this agent answers.' }),
    taskCapacity: wholeNumber(0, 10, 'a number of tasks')
      .default(1)
      .meta({ description: 'Voicemail and callback tasks held at once, besides one voice call.' }),
  })
  .meta({ id: 'Agent' });

/** A wrap-up code an agent picks after an interaction ("Resolved", "Follow-up"). */
export const WrapUpCodeSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Stable id kept in the event log; rename `name`, not this.' }),
    name: NameSchema,
  })
  .meta({ id: 'WrapUpCode' });

/** An agent after validation, defaults applied. */
export type Agent = z.infer<typeof AgentSchema>;
/** A wrap-up code after validation. */
export type WrapUpCode = z.infer<typeof WrapUpCodeSchema>;
