/** One environment variable as the README documents it. */
export type EnvironmentVariable = {
  readonly name: string;
  /** The value used when the variable is unset or empty; text in braces is derived, not literal. */
  readonly default: string | undefined;
  readonly description: string;
};

/**
 * Every environment variable the server reads, with its default and meaning: the single source of the
 * README's table. Static defaults here are the ones the parser applies.
 */
export const environmentVariables = [
  { name: 'PORT', default: '3978', description: 'TCP port the server listens on.' },
  {
    name: 'BOT_ID',
    default: undefined,
    description:
      'Microsoft Entra app (client) id of the calling bot. Set together with `BOT_PASSWORD`; with neither, ' +
      'the server runs embedded, with the Teams-in-a-box simulator in-process.',
  },
  { name: 'BOT_PASSWORD', default: undefined, description: 'Client secret of the bot app. Never logged.' },
  {
    name: 'BOT_ENDPOINT',
    default: 'http://localhost:{PORT} (only with a simulator)',
    description:
      'Public https base URL of this server, where Graph sends call notifications and fetches prompts. ' +
      'Required with `BOT_ID` unless a simulator is used; http only on a loopback host.',
  },
  {
    name: 'GRAPH_BASE_URL',
    default: 'https://graph.microsoft.com/v1.0',
    description: "Microsoft Graph base URL. With a simulator, unset means the simulator's.",
  },
  {
    name: 'AUTHORITY_HOST',
    default: 'https://login.microsoftonline.com',
    description:
      "Entra ID authority host for app and user tokens. With a simulator, unset means the simulator's.",
  },
  {
    name: 'CALLING_OPENID_METADATA_URL',
    default: 'https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration',
    description:
      "OpenID configuration whose keys sign Graph's call notifications. With a simulator, unset means the simulator's.",
  },
  {
    name: 'BOT_TENANT_ID',
    default: undefined,
    description:
      "The bot app's home tenant (Entra tenant id): a single-tenant bot gets its Bot Connector tokens there. " +
      'Unset: `botframework.com` (a multi-tenant bot), or the first tenant of the contact center with a simulator.',
  },
  {
    name: 'BOT_FRAMEWORK_OPENID_METADATA_URL',
    default: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    description:
      "OpenID configuration whose keys sign the Bot Framework channel's activities to `/api/messages`. With a simulator, unset means the simulator's.",
  },
  {
    name: 'API_AUDIENCE',
    default: 'api://{host of BOT_ENDPOINT}/{BOT_ID}',
    description:
      "Audience of the tabs' Entra tokens for the Switchboard API (its app id URI or client id). " +
      'With a simulator and no value: `api://switchboard`.',
  },
  {
    name: 'DATABASE_URL',
    default: undefined,
    description:
      'A `postgres://` or `postgresql://` URL shared by every server instance. Unset: embedded PGlite under `.data/`.',
  },
  {
    name: 'DATA_DIR',
    default: '.data/pglite',
    description:
      'Where embedded PGlite keeps its files, relative to the working directory. Ignored with `DATABASE_URL`.',
  },
  {
    name: 'CONTACT_CENTER_CONFIG',
    default: 'config/demo.contact-center.yaml',
    description:
      'Path of the contact-center file (`.yaml`, `.yml` or `.json`), relative to the working directory.',
  },
  {
    name: 'SIMULATOR_URL',
    default: undefined,
    description:
      'Use a simulator already running at this URL instead of starting one in-process. ' +
      "The server registers the contact-center file's tenants, numbers and agents through its control API.",
  },
  {
    name: 'SIMULATOR_PORT',
    default: '4000',
    description: "Port of the in-process simulator's page and control API (embedded mode only).",
  },
  {
    name: 'NODE_ENV',
    default: 'development',
    description:
      '`development`, `test` or `production`. In production the server refuses any simulator setting.',
  },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    description: 'pino log level: `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`.',
  },
] as const satisfies readonly EnvironmentVariable[];

/** The name of a variable the server reads. */
export type EnvironmentVariableName = (typeof environmentVariables)[number]['name'];

/** The README's table of environment variables, as markdown. */
export function environmentVariablesMarkdown(): string {
  const rows = environmentVariables.map(
    (variable) =>
      `| \`${variable.name}\` | ${variable.default === undefined ? '' : `\`${variable.default}\``} | ${variable.description} |`,
  );
  return ['| Variable | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}
