import { z } from 'zod';
import { show } from './config-problem';
import { type EnvironmentVariableName, environmentVariables } from './env.variables';
import { isHttpsOrLoopback, parseUrl } from './loopback';

/** The documented default of a variable, from the table in `env.variables.ts`. */
export function defaultOf(name: EnvironmentVariableName): string {
  const value = environmentVariables.find((variable) => variable.name === name)?.default;
  if (value === undefined) throw new Error(`${name} has no default`);
  return value;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const port = z
  .string()
  .refine((text) => /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535, {
    error: (issue) => `expected a port number 1-65535, got ${show(issue.input)}`,
  })
  .transform(Number);

/** An https URL, or http on a loopback host (the simulator); the trailing slash is dropped. */
const serviceUrl = z
  .string()
  .refine((text) => parseUrl(text) !== undefined, {
    abort: true,
    error: (issue) => `expected an https URL, got ${show(issue.input)}`,
  })
  .refine((text) => isHttpsOrLoopback(new URL(text)), {
    error: (issue) =>
      String(issue.input).startsWith('http:')
        ? `expected an https URL (http only on a loopback host such as localhost), got ${show(issue.input)}`
        : `expected an https URL, got ${show(issue.input)}`,
  })
  .transform((text) => text.replace(/\/+$/, ''));

const anyHttpUrl = z
  .string()
  .refine((text) => ['http:', 'https:'].includes(parseUrl(text)?.protocol ?? ''), {
    error: (issue) => `expected an http or https URL, got ${show(issue.input)}`,
  })
  .transform((text) => text.replace(/\/+$/, ''));

/** Hides the user name and password of a connection URL before it appears in an error message. */
function redactCredentials(text: string): string {
  return text.replace(/\/\/[^@/]*@/, '//***@');
}

const postgresUrl = z
  .string()
  .refine((text) => ['postgres:', 'postgresql:'].includes(parseUrl(text)?.protocol ?? ''), {
    error: (issue) =>
      `expected a postgres:// or postgresql:// URL, got ${show(redactCredentials(String(issue.input)))}`,
  });

/** The variables after defaults, one schema each; cross-variable rules live in `env.ts`. */
export const EnvironmentVariablesSchema = z.object({
  PORT: port.prefault(defaultOf('PORT')),
  BOT_ID: z
    .string()
    .regex(GUID, { error: (issue) => `expected the bot's app id (a GUID), got ${show(issue.input)}` })
    .transform((id) => id.toLowerCase())
    .optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_ENDPOINT: serviceUrl.optional(),
  GRAPH_BASE_URL: serviceUrl.optional(),
  AUTHORITY_HOST: serviceUrl.optional(),
  CALLING_OPENID_METADATA_URL: serviceUrl.optional(),
  BOT_TENANT_ID: z
    .string()
    .regex(GUID, { error: (issue) => `expected the bot's home tenant id (a GUID), got ${show(issue.input)}` })
    .transform((id) => id.toLowerCase())
    .optional(),
  BOT_FRAMEWORK_OPENID_METADATA_URL: serviceUrl.optional(),
  API_AUDIENCE: z
    .string()
    .refine((text) => GUID.test(text) || /^api:\/\/\S+$/.test(text), {
      error: (issue) => `expected an app id URI (api://...) or a client id (GUID), got ${show(issue.input)}`,
    })
    .optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).prefault(defaultOf('DATA_DIR')),
  CONTACT_CENTER_CONFIG: z
    .string()
    .regex(/\.(ya?ml|json)$/i, {
      error: (issue) => `expected a .yaml, .yml or .json file, got ${show(issue.input)}`,
    })
    .prefault(defaultOf('CONTACT_CENTER_CONFIG')),
  SIMULATOR_URL: anyHttpUrl.optional(),
  SIMULATOR_PORT: port.prefault(defaultOf('SIMULATOR_PORT')),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
} satisfies Record<EnvironmentVariableName, z.ZodType>);

/** The variables as validated one by one, before they are combined into the server's configuration. */
export type EnvironmentVariables = z.infer<typeof EnvironmentVariablesSchema>;
