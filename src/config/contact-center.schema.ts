import { z } from 'zod';
import { AgentSchema, WrapUpCodeSchema } from './agent.schema';
import { GuidSchema, IdSchema, NameSchema, PhoneNumberSchema, TimeZoneSchema } from './common.schema';
import { FlowSchema } from './flow.schema';
import { QueueSchema } from './queue.schema';

/** A contact-center number: a Teams resource account (application instance) with its phone number and flow. */
export const NumberSchema = z
  .strictObject({
    phoneNumber: PhoneNumberSchema.meta({ description: 'E.164, in quotes in YAML: "+14255550100".' }),
    applicationInstanceId: GuidSchema.meta({
      description: 'Object id of the resource account (application instance).',
    }),
    name: NameSchema,
    flow: IdSchema.meta({ description: 'Id of the flow this number runs.' }),
  })
  .meta({ id: 'Number' });

/** One customer tenant of the deployment. References between its items are checked by `parseContactCenter`. */
export const TenantSchema = z
  .strictObject({
    id: GuidSchema.meta({ description: 'Microsoft Entra tenant id.' }),
    name: NameSchema,
    timeZone: TimeZoneSchema.meta({ description: 'Default time zone of business hours and holidays.' }),
    wrapUpCodes: z.array(WrapUpCodeSchema).default([]),
    numbers: z.array(NumberSchema).default([]),
    flows: z.array(FlowSchema).default([]),
    queues: z.array(QueueSchema).default([]),
    agents: z.array(AgentSchema).default([]),
    supervisors: z.array(GuidSchema).default([]).meta({
      description:
        "Entra object ids of the tenant's supervisors: they get the Supervisor role in the Switchboard API, besides any app role assignment.",
    }),
    alertsChannel: z
      .string()
      .trim()
      .regex(/^19:\S+$/, 'expected a Teams channel id like 19:…@thread.tacv2')
      .optional()
      .meta({
        description:
          "Teams channel id (19:…@thread.tacv2) where the messaging bot posts queue alerts instead of supervisors' personal chats; add the app to the channel's team.",
      }),
    admins: z.array(GuidSchema).default([]).meta({
      description:
        "Entra object ids of the tenant's contact-center admins: they get the Admin (and Supervisor) role in the Switchboard API, besides any app role assignment.",
    }),
  })
  .meta({ id: 'Tenant' });

/**
 * The shape of the contact-center file: every tenant with its numbers, flows, queues, agents and wrap-up
 * codes. It checks each setting; `parseContactCenter` adds the references between them and uniqueness.
 */
export const ContactCenterSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema of this file, for editors.' }),
    version: z.literal(1).default(1).meta({ description: 'Version of this file format.' }),
    tenants: z.array(TenantSchema).min(1),
  })
  .meta({ title: 'Switchboard contact center', description: 'Tenants, numbers, flows, queues and agents.' });

/** A tenant after validation, defaults applied. */
export type Tenant = z.infer<typeof TenantSchema>;
/** A contact-center number after validation. */
export type ContactCenterNumber = z.infer<typeof NumberSchema>;
/** The whole validated contact center, as `loadContactCenter` returns it. */
export type ContactCenter = z.infer<typeof ContactCenterSchema>;
