import type { z } from 'zod';
import { type ConfigProblem, configErrorMap, formatProblem, problemsFromZod, show } from './config-problem';
import type { ConfigResult } from './config-result';
import { deepFreeze } from './deep-freeze';
import { defaultOf, type EnvironmentVariables, EnvironmentVariablesSchema } from './env.schema';
import { type EnvironmentVariableName, environmentVariables } from './env.variables';
import { isLoopbackHost, parseUrl } from './loopback';

const endpointVariables = [
  'GRAPH_BASE_URL',
  'AUTHORITY_HOST',
  'CALLING_OPENID_METADATA_URL',
  'BOT_FRAMEWORK_OPENID_METADATA_URL',
] as const;

/** The variables as set (trimmed, empty means unset), before each is validated. */
type RawVariables = Partial<Record<EnvironmentVariableName, string>>;

/**
 * Rules that involve several variables; each problem names the variable to change. They read the raw values,
 * so they are reported together with any invalid single variable.
 */
function checkVariablesTogether(vars: RawVariables): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const hasId = vars.BOT_ID !== undefined;
  const hasPassword = vars.BOT_PASSWORD !== undefined;
  if (hasId && !hasPassword)
    problems.push({ path: ['BOT_PASSWORD'], message: 'required when BOT_ID is set' });
  if (hasPassword && !hasId)
    problems.push({ path: ['BOT_ID'], message: 'required when BOT_PASSWORD is set' });
  if (hasId && vars.SIMULATOR_URL === undefined && vars.BOT_ENDPOINT === undefined) {
    problems.push({
      path: ['BOT_ENDPOINT'],
      message: 'required when BOT_ID is set and no simulator is used (the public https URL Graph calls back)',
    });
  }
  if (vars.NODE_ENV === 'production') problems.push(...simulatorSettingsRefusedInProduction(vars));
  return problems;
}

/** DESIGN.md: "A server configured with simulator URLs refuses to start when NODE_ENV=production." */
function simulatorSettingsRefusedInProduction(vars: RawVariables): ConfigProblem[] {
  const refused = 'which NODE_ENV=production refuses';
  const problems: ConfigProblem[] = [];
  if (vars.BOT_ID === undefined && vars.BOT_PASSWORD === undefined) {
    problems.push({
      path: ['BOT_ID'],
      message: `unset, so the server would run the embedded simulator, ${refused}`,
    });
  }
  if (vars.SIMULATOR_URL !== undefined) {
    problems.push({
      path: ['SIMULATOR_URL'],
      message: `set, so the server would use a simulator, ${refused}`,
    });
  }
  for (const name of [...endpointVariables, 'BOT_ENDPOINT'] as const) {
    const value = vars[name];
    if (value !== undefined && isLoopbackHost(parseUrl(value)?.hostname ?? '')) {
      problems.push({
        path: [name],
        message: `${show(value)} is on a loopback host (a simulator), ${refused}`,
      });
    }
  }
  return problems;
}

/** Where Microsoft's side of the wire is: Microsoft's cloud, or a simulator (in-process or already running). */
function cloudOf(vars: EnvironmentVariables) {
  const explicit = {
    graphBaseUrl: vars.GRAPH_BASE_URL,
    authorityHost: vars.AUTHORITY_HOST,
    callingOpenIdMetadataUrl: vars.CALLING_OPENID_METADATA_URL,
  };
  if (vars.SIMULATOR_URL !== undefined) {
    return { kind: 'externalSimulator' as const, simulatorUrl: vars.SIMULATOR_URL, endpoints: explicit };
  }
  if (vars.BOT_ID === undefined) {
    return { kind: 'embeddedSimulator' as const, simulatorPort: vars.SIMULATOR_PORT, endpoints: explicit };
  }
  const endpoints = {
    graphBaseUrl: explicit.graphBaseUrl ?? defaultOf('GRAPH_BASE_URL'),
    authorityHost: explicit.authorityHost ?? defaultOf('AUTHORITY_HOST'),
    callingOpenIdMetadataUrl: explicit.callingOpenIdMetadataUrl ?? defaultOf('CALLING_OPENID_METADATA_URL'),
  };
  return { kind: 'microsoft' as const, endpoints };
}

function toEnvironmentConfig(vars: EnvironmentVariables) {
  const bot =
    vars.BOT_ID !== undefined && vars.BOT_PASSWORD !== undefined
      ? { appId: vars.BOT_ID, password: vars.BOT_PASSWORD }
      : undefined;
  const botEndpoint = vars.BOT_ENDPOINT ?? `http://localhost:${vars.PORT}`;
  return {
    nodeEnv: vars.NODE_ENV,
    logLevel: vars.LOG_LEVEL,
    port: vars.PORT,
    bot,
    botEndpoint,
    /** The bot app's home tenant, when single-tenant (`BOT_TENANT_ID`). */
    botTenantId: vars.BOT_TENANT_ID,
    /** Who signs the messaging channel's activities, when not Microsoft's (or the simulator's) default. */
    botFrameworkOpenIdMetadataUrl: vars.BOT_FRAMEWORK_OPENID_METADATA_URL,
    apiAudience: vars.API_AUDIENCE ?? (bot && `api://${new URL(botEndpoint).host}/${bot.appId}`),
    database: vars.DATABASE_URL
      ? { kind: 'postgres' as const, url: vars.DATABASE_URL }
      : { kind: 'pglite' as const, dataDir: vars.DATA_DIR },
    contactCenterFile: vars.CONTACT_CENTER_CONFIG,
    cloud: cloudOf(vars),
  };
}

/** Every variable validated, then shaped; with a simulator, unset cloud endpoints stay undefined (it has its own). */
const EnvironmentSchema = EnvironmentVariablesSchema.transform(toEnvironmentConfig);

/** The server's configuration from the environment, as `parseEnvironment` returns it (frozen). */
export type EnvironmentConfig = z.infer<typeof EnvironmentSchema>;

/**
 * Validates the environment (pass `process.env`) and returns the frozen configuration, or one error per
 * problem, each naming its variable: `BOT_ENDPOINT: expected an https URL, got "ftp://x"`.
 */
export function parseEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): ConfigResult<EnvironmentConfig> {
  const raw: RawVariables = {};
  for (const { name } of environmentVariables) {
    const value = env[name]?.trim();
    if (value) raw[name] = value;
  }
  const result = EnvironmentSchema.safeParse(raw, { error: configErrorMap });
  const problems = [
    ...(result.success ? [] : problemsFromZod(result.error.issues)),
    ...checkVariablesTogether(raw),
  ];
  if (!result.success || problems.length > 0) return { ok: false, errors: problems.map(formatProblem) };
  return { ok: true, value: deepFreeze(result.data) };
}
