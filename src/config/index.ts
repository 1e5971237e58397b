/**
 * @module
 * Configuration, validated at every boundary: the server's environment (`parseEnvironment`) and the contact
 * center as code (`loadContactCenter`), a YAML or JSON file of tenants, numbers, flows, queues, agents and
 * wrap-up codes. Every problem is reported at once with the path of the setting to fix; types are inferred
 * from the zod schemas. Pure apart from reading the files it is given.
 */

export type { Action } from './action.schema';
export { FlowActionSchema, MenuActionSchema, QueueExitActionSchema } from './action.schema';
export type { Agent, WrapUpCode } from './agent.schema';
export { AgentSchema, WrapUpCodeSchema } from './agent.schema';
export type { ConfigProblem } from './config-problem';
export { formatPath } from './config-problem';
export type { ConfigResult, ConfigSource } from './config-result';
export { ConfigError, configOrThrow } from './config-result';
export {
  contactCenterJsonSchema,
  contactCenterJsonSchemaPath,
  contactCenterJsonSchemaText,
} from './contact-center.json-schema';
export type { ContactCenterDirectory, NumberRoute } from './contact-center.lookup';
export { createContactCenterDirectory } from './contact-center.lookup';
export type { ContactCenter, ContactCenterNumber, Tenant } from './contact-center.schema';
export { ContactCenterSchema, NumberSchema, TenantSchema } from './contact-center.schema';
export type { EnvironmentConfig } from './env';
export { parseEnvironment } from './env';
export type { EnvironmentVariable, EnvironmentVariableName } from './env.variables';
export { environmentVariables, environmentVariablesMarkdown } from './env.variables';
export type { Flow, Menu } from './flow.schema';
export { FlowSchema, MenuSchema } from './flow.schema';
export type { LoadContactCenterOptions } from './load-contact-center';
export { loadContactCenter } from './load-contact-center';
export { parseContactCenter } from './parse-contact-center';
export type { Prompt } from './prompt.schema';
export { PromptSchema } from './prompt.schema';
export type { Queue, RoutingMethod } from './queue.schema';
export { QueueSchema, RoutingMethodSchema } from './queue.schema';
export { BusinessHoursSchema, HolidaySchema } from './schedule.schema';
