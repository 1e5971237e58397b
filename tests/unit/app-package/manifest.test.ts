import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ACCENT } from '../../../scripts/app-package/icons';
import { newestBundledManifestVersion, validateManifest } from '../../../scripts/app-package/manifest-schema';
import { fillPlaceholders, placeholdersIn } from '../../../scripts/app-package/placeholders';
import { APP_PACKAGE, ROOT, readTemplate, TEST_VALUES } from './app-package-fixture';

function filled(template = readTemplate()): Record<string, any> {
  const { value, unfilled } = fillPlaceholders(template, TEST_VALUES);
  expect(unfilled).toEqual([]);
  return value;
}

describe('the Teams app manifest (appPackage/manifest.json)', () => {
  it('is on the newest stable manifest schema that @microsoft/app-manifest bundles', () => {
    const template = readTemplate();
    const newest = newestBundledManifestVersion();
    expect(newest).toBe('1.30');
    expect(template.manifestVersion).toBe(newest);
    expect(template.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
  });

  it('validates against the bundled schema once its placeholders are filled with test values', async () => {
    expect(await validateManifest(filled())).toEqual([]);
  });

  it('is refused with the validator’s message when the bot id is missing', async () => {
    const manifest = filled();
    delete manifest.bots[0].botId;
    expect(await validateManifest(manifest)).toEqual([
      expect.stringContaining("must have required property 'botId'"),
    ]);
  });

  it('is refused when a placeholder is left in a GUID field', async () => {
    const { value } = fillPlaceholders(readTemplate(), { ...TEST_VALUES, BOT_ID: '' });
    const errors = await validateManifest(value);
    expect(errors).toContainEqual(expect.stringMatching(/^\/bots\/0\/botId must match pattern/));
  });

  it('has the calling bot with personal and team scopes and the personal-chat commands', () => {
    const bots = filled().bots;
    expect(bots).toHaveLength(1);
    expect(bots[0]).toMatchObject({
      botId: TEST_VALUES.BOT_ID,
      supportsCalling: true,
      supportsVideo: false,
      isNotificationOnly: false,
    });
    expect([...bots[0].scopes].sort()).toEqual(['personal', 'team']);
    const personal = bots[0].commandLists.find((list: any) => list.scopes.includes('personal'));
    expect(personal.commands.map((command: any) => command.title)).toEqual([
      'status',
      'available',
      'not ready',
      'queues',
      'help',
    ]);
  });

  it('pins the Agent and Supervisor tabs, served by the bot’s host, next to the bot chat', () => {
    const tabs = filled().staticTabs;
    const byId = Object.fromEntries(tabs.map((tab: any) => [tab.entityId, tab]));
    for (const [id, name] of [
      ['agent', 'Agent'],
      ['supervisor', 'Supervisor'],
    ]) {
      const url = `https://${TEST_VALUES.BOT_DOMAIN}/tabs/${id}/index.html`;
      expect(byId[id!]).toMatchObject({ name, contentUrl: url, websiteUrl: url, scopes: ['personal'] });
    }
    expect(byId.conversations).toMatchObject({ scopes: ['personal'] });
  });

  it('declares single sign-on for the Switchboard API with nested app authentication', () => {
    const manifest = filled();
    const api = `api://${TEST_VALUES.BOT_DOMAIN}/${TEST_VALUES.BOT_ID}`;
    expect(manifest.webApplicationInfo).toEqual({
      id: TEST_VALUES.BOT_ID,
      resource: api,
      nestedAppAuthInfo: [
        { redirectUri: `brk-multihub://${TEST_VALUES.BOT_DOMAIN}`, scopes: [`${api}/access_as_user`] },
      ],
    });
    expect(manifest.validDomains).toEqual([TEST_VALUES.BOT_DOMAIN]);
  });

  it('uses the icons’ background as its accent colour', () => {
    expect(readTemplate().accentColor).toBe(ACCENT.hex);
  });

  it('only uses variables that each environment file declares', () => {
    const used = placeholdersIn(readFileSync(join(APP_PACKAGE, 'manifest.json'), 'utf8'));
    expect(used).toEqual(Object.keys(TEST_VALUES).sort());
    for (const env of ['dev', 'local']) {
      const declared = Object.keys(parseEnv(readFileSync(join(ROOT, 'env', `.env.${env}`), 'utf8')));
      expect({ env, missing: used.filter((name) => !declared.includes(name)) }).toEqual({ env, missing: [] });
    }
  });
});
