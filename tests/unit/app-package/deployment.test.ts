import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { parse } from 'yaml';
import { ROLES } from '../../../bot/auth/roles';
import { placeholdersIn } from '../../../scripts/app-package/placeholders';
import { ROOT, readTemplate } from './app-package-fixture';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** A toolkit placeholder, `${{NAME}}`, as the files spell it. */
const ph = (name: string) => `\${{${name}}}`;

interface Step {
  uses: string;
  with?: Record<string, any>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  environmentFolderPath?: string;
  provision?: Step[];
  deploy?: Step[];
  publish?: Step[];
}

/** The actions of the toolkit's v1.13 schema (`lifeCycleArray`) that these files may use. */
const KNOWN_ACTIONS = new Set([
  'aadApp/create',
  'aadApp/update',
  'arm/deploy',
  'cli/runNpmCommand',
  'azureAppService/zipDeploy',
  'teamsApp/create',
  'teamsApp/validateManifest',
  'teamsApp/validateAppPackage',
  'teamsApp/zipAppPackage',
  'teamsApp/update',
  'teamsApp/publishAppPackage',
  'botAadApp/create',
  'botFramework/create',
  'file/createOrUpdateEnvironmentFile',
  'script',
]);

function projectFile(path: string): { text: string; file: ProjectFile } {
  const text = read(path);
  return { text, file: parse(text) as ProjectFile };
}

function steps(file: ProjectFile, uses: string): Step[] {
  return [...(file.provision ?? []), ...(file.deploy ?? []), ...(file.publish ?? [])].filter(
    (s) => s.uses === uses,
  );
}

describe.each(['teamsapp.yml', 'teamsapp.local.yml'])(
  '%s (Microsoft 365 Agents Toolkit project file)',
  (path) => {
    const { text, file } = projectFile(path);

    it('declares a current toolkit schema, the matching version and the env folder', () => {
      const schemaLine = text.split('\n')[0];
      expect(schemaLine).toBe(
        '# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/v1.13/yaml.schema.json',
      );
      // v1.13 is the newest schema the released CLI (@microsoft/m365agentstoolkit-cli 1.1.17) ships; v1.14 is only
      // in the toolkit's sources. The schema's `version` is a const: it must be the version in the schema URL.
      expect(file.version).toBe('v1.13');
      expect(file.environmentFolderPath).toBe('./env');
    });

    it('uses only actions of that schema, each with the parameters it requires', () => {
      const all = [...(file.provision ?? []), ...(file.deploy ?? []), ...(file.publish ?? [])];
      for (const step of all) expect(KNOWN_ACTIONS).toContain(step.uses);
      for (const step of steps(file, 'aadApp/create')) {
        expect(Object.keys(step.with ?? {})).toEqual(
          expect.arrayContaining(['name', 'generateClientSecret', 'signInAudience']),
        );
        expect(step.writeToEnvironmentFile).toMatchObject({
          clientId: 'BOT_ID',
          clientSecret: 'SECRET_BOT_PASSWORD',
        });
      }
      for (const step of steps(file, 'aadApp/update')) {
        expect(existsSync(join(ROOT, step.with!.manifestPath))).toBe(true);
        expect(step.with!.outputFilePath).toEqual(expect.any(String));
      }
      for (const step of steps(file, 'teamsApp/validateManifest')) {
        expect(step.with!.manifestPath).toBe('./appPackage/manifest.json');
      }
      for (const step of steps(file, 'teamsApp/zipAppPackage')) {
        expect(step.with).toEqual({
          manifestPath: './appPackage/manifest.json',
          outputZipPath: `./appPackage/build/appPackage.${ph('TEAMSFX_ENV')}.zip`,
          outputFolder: './appPackage/build',
        });
      }
      for (const step of steps(file, 'teamsApp/publishAppPackage')) {
        expect(step.writeToEnvironmentFile).toEqual({ publishedAppId: expect.any(String) });
      }
    });

    it('provisions the Entra app, its roles and scope, the Teams app, and updates the Teams app', () => {
      const uses = (file.provision ?? []).map((s) => s.uses);
      for (const action of ['aadApp/create', 'teamsApp/create', 'aadApp/update', 'teamsApp/update']) {
        expect(uses).toContain(action);
      }
      expect(uses.indexOf('aadApp/create')).toBeLessThan(uses.indexOf('aadApp/update'));
    });
  },
);

describe('teamsapp.yml (Azure)', () => {
  const { file } = projectFile('teamsapp.yml');

  it('has the three lifecycle stages', () => {
    const empty = (['provision', 'deploy', 'publish'] as const).filter((stage) => !file[stage]?.length);
    expect(empty).toEqual([]);
    expect(file.publish!.map((s) => s.uses)).toContain('teamsApp/publishAppPackage');
  });

  it('deploys infra/azure.bicep with its parameters before applying the Entra manifest (which needs BOT_DOMAIN)', () => {
    const provision = file.provision!.map((s) => s.uses);
    const [arm] = steps(file, 'arm/deploy');
    expect(arm!.with!.templates).toEqual([
      expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' }),
    ]);
    expect(provision.indexOf('arm/deploy')).toBeLessThan(provision.indexOf('aadApp/update'));
    // On Azure the Azure Bot in the Bicep file is the bot registration; a second one would collide.
    expect(provision).not.toContain('botFramework/create');
  });

  it('deploys with npm ci, the build, and a zip deploy to the Web App that provision made', () => {
    expect(file.deploy!.map((s) => [s.uses, s.with?.args])).toEqual([
      ['cli/runNpmCommand', 'ci'],
      ['cli/runNpmCommand', 'run build --if-present'],
      ['azureAppService/zipDeploy', undefined],
    ]);
    const zipDeploy = file.deploy![2]!;
    expect(zipDeploy.with).toMatchObject({
      artifactFolder: '.',
      resourceId: ph('BOT_AZURE_APP_SERVICE_RESOURCE_ID'),
    });
    const ignore = read(zipDeploy.with!.ignoreFile);
    expect(ignore.split('\n')).toEqual(expect.arrayContaining(['/node_modules/', '/env/', '/.data/']));
  });
});

describe('teamsapp.local.yml (this machine behind a tunnel)', () => {
  const { file } = projectFile('teamsapp.local.yml');

  it('registers the bot with the Teams channel’s calling webhook at /api/calling', () => {
    const [registration] = steps(file, 'botFramework/create');
    expect(registration!.with).toMatchObject({
      botId: ph('BOT_ID'),
      messagingEndpoint: `${ph('BOT_ENDPOINT')}/api/messages`,
    });
    const teams = registration!.with!.channels.find((channel: any) => channel.name === 'msteams');
    expect(teams.callingWebhook).toBe(`${ph('BOT_ENDPOINT')}/api/calling`);
    expect(teams.callingWebhook.endsWith('/api/calling')).toBe(true);
  });
});

describe('infra/azure.bicep', () => {
  const bicep = read('infra/azure.bicep');

  it('enables calling on the Azure Bot’s Teams channel with the webhook at /api/calling', () => {
    expect(bicep).toContain("resource bot 'Microsoft.BotService/botServices@2022-09-15'");
    expect(bicep).toContain("'Microsoft.BotService/botServices/channels@2022-09-15'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).toMatch(/^\s+enableCalling: true$/m);
    expect(bicep).toMatch(/^\s+callingWebhook: '\$\{botEndpoint\}\/api\/calling'$/m);
    expect(bicep).toMatch(/^\s+endpoint: '\$\{botEndpoint\}\/api\/messages'$/m);
  });

  it('runs the server on Linux App Service with Node 20 and the settings it reads', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(bicep).toContain("appCommandLine: 'npm start'");
    const settings = bicep.slice(bicep.indexOf("name: 'appsettings'"));
    for (const name of ['BOT_ID', 'BOT_PASSWORD', 'BOT_ENDPOINT', 'DATABASE_URL', 'CONTACT_CENTER_CONFIG']) {
      expect(settings).toMatch(new RegExp(`^\\s+${name}: \\S`, 'm'));
    }
    expect(settings).toMatch(/^\s+NODE_ENV: 'production'$/m);
    expect(settings).toMatch(/DATABASE_URL: 'postgresql:\/\/.*\?sslmode=require'/);
  });

  it('creates the PostgreSQL flexible server and database, and takes secrets only as secure parameters', () => {
    expect(bicep).toContain("'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01'");
    expect(bicep).toContain("'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01'");
    for (const secret of ['botPassword', 'postgresAdminPassword']) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\n(@.*\\n)*param ${secret} string`));
    }
  });

  it('gets a value for every parameter without a default from azure.parameters.json, and no unknown ones', () => {
    const params = [...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => ({
      name: m[1]!,
      hasDefault: !!m[2],
    }));
    const file = JSON.parse(read('infra/azure.parameters.json')) as {
      parameters: Record<string, { value: string }>;
    };
    const given = Object.keys(file.parameters);
    expect(given.filter((name) => !params.some((p) => p.name === name))).toEqual([]);
    expect(params.filter((p) => !p.hasDefault && !given.includes(p.name)).map((p) => p.name)).toEqual([]);
    // Secrets come from the git-ignored .user file (SECRET_ names), never from a committed value.
    expect(file.parameters.botPassword!.value).toBe(ph('SECRET_BOT_PASSWORD'));
    expect(file.parameters.postgresAdminPassword!.value).toBe(ph('SECRET_POSTGRES_ADMIN_PASSWORD'));
  });

  it('outputs the variables that later steps and the manifest read', () => {
    for (const name of ['BOT_AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT']) {
      expect(bicep).toMatch(new RegExp(`^output ${name} string = `, 'm'));
    }
  });
});

describe('infra/aad.manifest.json (the Entra app)', () => {
  const aad = JSON.parse(read('infra/aad.manifest.json'));
  const manifest = readTemplate();

  it('has the app roles the API checks, with distinct ids', () => {
    expect(aad.appRoles.map((role: any) => role.value)).toEqual([...ROLES]);
    const ids = aad.appRoles.map((role: any) => role.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('exposes access_as_user at the app id URI the Teams manifest and the server use', () => {
    expect(aad.oauth2Permissions.map((scope: any) => scope.value)).toEqual(['access_as_user']);
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.identifierUris).toEqual([`api://${ph('BOT_DOMAIN')}/${ph('BOT_ID')}`]);
    expect(aad.accessTokenAcceptedVersion).toBe(2);
    expect(aad.appId).toBe(manifest.webApplicationInfo.id);
  });

  it('registers the nested-app-authentication redirect URI the Teams manifest names', () => {
    const spa = aad.replyUrlsWithType.filter((url: any) => url.type === 'Spa').map((url: any) => url.url);
    expect(spa).toContain(manifest.webApplicationInfo.nestedAppAuthInfo[0].redirectUri);
  });

  it('requests the Graph application permissions the calling bot needs', () => {
    const graph = aad.requiredResourceAccess.find(
      (resource: any) => resource.resourceAppId === '00000003-0000-0000-c000-000000000000',
    );
    const roles = graph.resourceAccess
      .filter((access: any) => access.type === 'Role')
      .map((access: any) => access.id);
    // Microsoft Graph application permission ids (Microsoft Graph permissions reference).
    expect(roles.sort()).toEqual(
      [
        '284383ee-7f6e-4e40-a2a8-e85dcb029101', // Calls.Initiate.All
        '4c277553-8a09-487b-8023-29ee378d8324', // Calls.InitiateGroupCall.All
        'a7a681dc-756e-4909-b988-f160edc6655f', // Calls.AccessMedia.All
        'a70e0c2d-e793-494c-94c4-118fa0a67f42', // Presence.Read.All
        'df021288-bdef-4463-88db-98f22de89214', // User.Read.All
      ].sort(),
    );
  });
});

describe('env/ (environment files)', () => {
  it.each(['dev', 'local'])('.env.%s names its environment and commits no secret', (env) => {
    const values = parseEnv(read(`env/.env.${env}`));
    expect(values.TEAMSFX_ENV).toBe(env);
    expect(Object.keys(values).filter((name) => name.startsWith('SECRET_'))).toEqual([]);
  });

  it('.env.dev declares every variable the project file, the Bicep parameters and the Entra manifest use', () => {
    const declared = Object.keys(parseEnv(read('env/.env.dev')));
    const generated = ['TEAMSFX_ENV', 'TEAMS_APP_PUBLISHED_APP_ID'];
    const used = placeholdersIn(
      [read('teamsapp.yml'), read('infra/azure.parameters.json'), read('infra/aad.manifest.json')].join('\n'),
    );
    const undeclared = used.filter(
      (name) => !name.startsWith('SECRET_') && !declared.includes(name) && !generated.includes(name),
    );
    expect(undeclared).toEqual([]);
  });
});
