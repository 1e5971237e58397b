import { environmentVariables, environmentVariablesMarkdown, parseEnvironment } from '../../../src/config';
import { EnvironmentVariablesSchema } from '../../../src/config/env.schema';

const botId = '7e5d4c3b-2a19-4f8e-8d7c-6b5a49382716';
const microsoft = {
  BOT_ID: botId,
  BOT_PASSWORD: 'secret-value',
  BOT_ENDPOINT: 'https://switchboard.contoso.com',
};

function errorsOf(env: Record<string, string | undefined>): string[] {
  const result = parseEnvironment(env);
  return result.ok ? [] : result.errors;
}

function configOf(env: Record<string, string | undefined>) {
  const result = parseEnvironment(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('parseEnvironment', () => {
  it('runs embedded, with the in-process simulator and every default, when nothing is set', () => {
    expect(configOf({})).toEqual({
      nodeEnv: 'development',
      logLevel: 'info',
      port: 3978,
      bot: undefined,
      botEndpoint: 'http://localhost:3978',
      apiAudience: undefined,
      database: { kind: 'pglite', dataDir: '.data/pglite' },
      contactCenterFile: 'config/demo.contact-center.yaml',
      cloud: {
        kind: 'embeddedSimulator',
        simulatorPort: 4000,
        endpoints: { graphBaseUrl: undefined, authorityHost: undefined, callingOpenIdMetadataUrl: undefined },
      },
    });
  });

  it("uses Microsoft's endpoints by default when the bot's credentials are set", () => {
    const config = configOf(microsoft);
    expect(config.cloud).toEqual({
      kind: 'microsoft',
      endpoints: {
        graphBaseUrl: 'https://graph.microsoft.com/v1.0',
        authorityHost: 'https://login.microsoftonline.com',
        callingOpenIdMetadataUrl: 'https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration',
      },
    });
    expect(config.bot).toEqual({ appId: botId, password: 'secret-value' });
    expect(config.apiAudience).toBe(`api://switchboard.contoso.com/${botId}`);
  });

  it('reads every variable it documents', () => {
    const config = configOf({
      ...microsoft,
      PORT: '8080',
      BOT_ENDPOINT: 'https://switchboard.contoso.com:8443/',
      GRAPH_BASE_URL: 'https://graph.example.com/v1.0/',
      AUTHORITY_HOST: 'https://login.example.com',
      CALLING_OPENID_METADATA_URL: 'https://keys.example.com/openid',
      API_AUDIENCE: 'api://tabs.contoso.com/switchboard',
      DATABASE_URL: 'postgresql://switchboard:pw@db.internal:5432/switchboard',
      CONTACT_CENTER_CONFIG: 'config/contoso.json',
      NODE_ENV: 'production',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      port: 8080,
      botEndpoint: 'https://switchboard.contoso.com:8443',
      apiAudience: 'api://tabs.contoso.com/switchboard',
      database: { kind: 'postgres', url: 'postgresql://switchboard:pw@db.internal:5432/switchboard' },
      contactCenterFile: 'config/contoso.json',
      nodeEnv: 'production',
      logLevel: 'debug',
      cloud: {
        kind: 'microsoft',
        endpoints: {
          graphBaseUrl: 'https://graph.example.com/v1.0',
          authorityHost: 'https://login.example.com',
          callingOpenIdMetadataUrl: 'https://keys.example.com/openid',
        },
      },
    });
  });

  it('derives the API audience from the host and port of BOT_ENDPOINT', () => {
    expect(configOf({ ...microsoft, BOT_ENDPOINT: 'https://bot.contoso.com:8443' }).apiAudience).toBe(
      `api://bot.contoso.com:8443/${botId}`,
    );
  });

  it('treats empty and blank variables as unset', () => {
    expect(configOf({ PORT: '', LOG_LEVEL: '  ', BOT_ID: '' })).toMatchObject({
      port: 3978,
      logLevel: 'info',
    });
  });

  it('uses a simulator already running at SIMULATOR_URL, keeping only the endpoints set explicitly', () => {
    const config = configOf({
      SIMULATOR_URL: 'http://sim.local:4000/',
      GRAPH_BASE_URL: 'http://127.0.0.1:5000/v1.0',
    });
    expect(config.cloud).toEqual({
      kind: 'externalSimulator',
      simulatorUrl: 'http://sim.local:4000',
      endpoints: {
        graphBaseUrl: 'http://127.0.0.1:5000/v1.0',
        authorityHost: undefined,
        callingOpenIdMetadataUrl: undefined,
      },
    });
  });

  it('uses an external simulator with the bot credentials when both are set, without needing BOT_ENDPOINT', () => {
    const config = configOf({
      BOT_ID: botId,
      BOT_PASSWORD: 'x',
      SIMULATOR_URL: 'http://localhost:4000',
      PORT: '3999',
    });
    expect(config.cloud.kind).toBe('externalSimulator');
    expect(config.botEndpoint).toBe('http://localhost:3999');
    expect(config.apiAudience).toBe(`api://localhost:3999/${botId}`);
  });

  it('returns a frozen configuration', () => {
    const config = configOf(microsoft);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.cloud)).toBe(true);
    expect(Object.isFrozen(config.bot)).toBe(true);
  });

  it.each([
    ['PORT', 'abc', 'PORT: expected a port number 1-65535, got "abc"'],
    ['PORT', '70000', 'PORT: expected a port number 1-65535, got "70000"'],
    ['PORT', '0', 'PORT: expected a port number 1-65535, got "0"'],
    ['SIMULATOR_PORT', '-1', 'SIMULATOR_PORT: expected a port number 1-65535, got "-1"'],
    ['BOT_ENDPOINT', 'ftp://x', 'BOT_ENDPOINT: expected an https URL, got "ftp://x"'],
    ['BOT_ENDPOINT', 'not a url', 'BOT_ENDPOINT: expected an https URL, got "not a url"'],
    [
      'BOT_ENDPOINT',
      'http://bot.contoso.com',
      'BOT_ENDPOINT: expected an https URL (http only on a loopback host such as localhost), got "http://bot.contoso.com"',
    ],
    ['GRAPH_BASE_URL', 'ftp://graph', 'GRAPH_BASE_URL: expected an https URL, got "ftp://graph"'],
    ['AUTHORITY_HOST', 'login', 'AUTHORITY_HOST: expected an https URL, got "login"'],
    [
      'CALLING_OPENID_METADATA_URL',
      'http://keys.example.com',
      'CALLING_OPENID_METADATA_URL: expected an https URL (http only on a loopback host such as localhost), got "http://keys.example.com"',
    ],
    ['BOT_ID', 'my-bot', `BOT_ID: expected the bot's app id (a GUID), got "my-bot"`],
    [
      'API_AUDIENCE',
      'switchboard',
      'API_AUDIENCE: expected an app id URI (api://...) or a client id (GUID), got "switchboard"',
    ],
    [
      'DATABASE_URL',
      'mysql://db',
      'DATABASE_URL: expected a postgres:// or postgresql:// URL, got "mysql://db"',
    ],
    [
      'CONTACT_CENTER_CONFIG',
      'contoso.toml',
      'CONTACT_CENTER_CONFIG: expected a .yaml, .yml or .json file, got "contoso.toml"',
    ],
    ['SIMULATOR_URL', 'ws://sim', 'SIMULATOR_URL: expected an http or https URL, got "ws://sim"'],
    ['NODE_ENV', 'staging', 'NODE_ENV: expected one of "development", "test", "production", got "staging"'],
    [
      'LOG_LEVEL',
      'verbose',
      'LOG_LEVEL: expected one of "fatal", "error", "warn", "info", "debug", "trace", "silent", got "verbose"',
    ],
  ])('names %s when it is %j', (name, value, error) => {
    expect(errorsOf({ ...microsoft, [name]: value })).toEqual([error]);
  });

  it.each(['localhost', '127.0.0.1', '127.8.9.10', '[::1]', 'sim.localhost'])(
    'allows http on the loopback host %s',
    (host) => {
      expect(errorsOf({ ...microsoft, BOT_ENDPOINT: `http://${host}:3978` })).toEqual([]);
    },
  );

  it('never shows the password of a DATABASE_URL in its error', () => {
    expect(errorsOf({ DATABASE_URL: 'mysql://admin:hunter2@db/cc' })).toEqual([
      'DATABASE_URL: expected a postgres:// or postgresql:// URL, got "mysql://***@db/cc"',
    ]);
  });

  it('reports every bad variable at once', () => {
    expect(errorsOf({ PORT: 'x', LOG_LEVEL: 'loud', BOT_ENDPOINT: 'ftp://x', BOT_PASSWORD: 'p' })).toEqual([
      'PORT: expected a port number 1-65535, got "x"',
      'BOT_ENDPOINT: expected an https URL, got "ftp://x"',
      'LOG_LEVEL: expected one of "fatal", "error", "warn", "info", "debug", "trace", "silent", got "loud"',
      'BOT_ID: required when BOT_PASSWORD is set',
    ]);
  });

  describe('bot credentials: both or neither', () => {
    it('refuses BOT_ID without BOT_PASSWORD', () => {
      expect(errorsOf({ BOT_ID: botId, BOT_ENDPOINT: microsoft.BOT_ENDPOINT })).toEqual([
        'BOT_PASSWORD: required when BOT_ID is set',
      ]);
    });

    it('refuses BOT_PASSWORD without BOT_ID', () => {
      expect(errorsOf({ BOT_PASSWORD: 'secret' })).toEqual(['BOT_ID: required when BOT_PASSWORD is set']);
    });

    it('requires BOT_ENDPOINT when the bot talks to Microsoft', () => {
      expect(errorsOf({ BOT_ID: botId, BOT_PASSWORD: 'secret' })).toEqual([
        'BOT_ENDPOINT: required when BOT_ID is set and no simulator is used (the public https URL Graph calls back)',
      ]);
    });
  });

  describe('production refuses simulator settings', () => {
    const production = { ...microsoft, NODE_ENV: 'production' };

    it('accepts a production configuration that talks only to Microsoft', () => {
      expect(errorsOf(production)).toEqual([]);
    });

    it('refuses embedded mode (no bot credentials)', () => {
      expect(errorsOf({ NODE_ENV: 'production' })).toEqual([
        'BOT_ID: unset, so the server would run the embedded simulator, which NODE_ENV=production refuses',
      ]);
    });

    it('refuses SIMULATOR_URL', () => {
      expect(errorsOf({ ...production, SIMULATOR_URL: 'https://sim.contoso.com' })).toEqual([
        'SIMULATOR_URL: set, so the server would use a simulator, which NODE_ENV=production refuses',
      ]);
    });

    it.each(['GRAPH_BASE_URL', 'AUTHORITY_HOST', 'CALLING_OPENID_METADATA_URL', 'BOT_ENDPOINT'])(
      'refuses %s on a loopback host',
      (name) => {
        expect(errorsOf({ ...production, [name]: 'http://127.0.0.1:4000' })).toEqual([
          `${name}: "http://127.0.0.1:4000" is on a loopback host (a simulator), which NODE_ENV=production refuses`,
        ]);
      },
    );

    it('allows the same simulator settings outside production', () => {
      expect(errorsOf({ ...microsoft, AUTHORITY_HOST: 'http://localhost:4000', NODE_ENV: 'test' })).toEqual(
        [],
      );
    });
  });
});

describe('environmentVariables', () => {
  it('documents exactly the variables the parser reads, each once', () => {
    const names = environmentVariables.map((variable) => variable.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(Object.keys(EnvironmentVariablesSchema.shape).sort());
    expect(names).toContain('API_AUDIENCE');
  });

  it('documents the defaults the parser applies', () => {
    const documented = Object.fromEntries(
      environmentVariables.map((variable) => [variable.name, variable.default]),
    );
    const embedded = configOf({});
    const cloud = configOf(microsoft).cloud;
    if (cloud.kind !== 'microsoft') throw new Error('expected the Microsoft cloud');
    expect({
      PORT: String(embedded.port),
      SIMULATOR_PORT: embedded.cloud.kind === 'embeddedSimulator' ? String(embedded.cloud.simulatorPort) : '',
      CONTACT_CENTER_CONFIG: embedded.contactCenterFile,
      NODE_ENV: embedded.nodeEnv,
      LOG_LEVEL: embedded.logLevel,
      GRAPH_BASE_URL: cloud.endpoints.graphBaseUrl,
      AUTHORITY_HOST: cloud.endpoints.authorityHost,
      CALLING_OPENID_METADATA_URL: cloud.endpoints.callingOpenIdMetadataUrl,
    }).toEqual({
      PORT: documented.PORT,
      SIMULATOR_PORT: documented.SIMULATOR_PORT,
      CONTACT_CENTER_CONFIG: documented.CONTACT_CENTER_CONFIG,
      NODE_ENV: documented.NODE_ENV,
      LOG_LEVEL: documented.LOG_LEVEL,
      GRAPH_BASE_URL: documented.GRAPH_BASE_URL,
      AUTHORITY_HOST: documented.AUTHORITY_HOST,
      CALLING_OPENID_METADATA_URL: documented.CALLING_OPENID_METADATA_URL,
    });
  });

  it('renders a markdown table with one row per variable', () => {
    const lines = environmentVariablesMarkdown().split('\n');
    expect(lines[0]).toBe('| Variable | Default | Description |');
    expect(lines).toHaveLength(environmentVariables.length + 2);
    expect(lines).toContain('| `PORT` | `3978` | TCP port the server listens on. |');
  });
});
