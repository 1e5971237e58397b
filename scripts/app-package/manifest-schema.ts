import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';

/**
 * Validation of a Teams app manifest against the JSON schemas bundled in Microsoft's `@microsoft/app-manifest`
 * (the Agents Toolkit's own manifest package), loaded from disk so nothing is fetched from the network.
 */

const SCHEMA_URL = (version: string) =>
  `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;

function bundledSchemasDir(): string {
  return join(
    dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build',
    'json-schemas',
    'teams',
  );
}

/**
 * The newest stable (non-preview) Teams manifest version whose schema `@microsoft/app-manifest` bundles.
 * @example newestBundledManifestVersion() // '1.30'
 */
export function newestBundledManifestVersion(): string {
  const versions = readdirSync(bundledSchemasDir())
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1));
  versions.sort((a, b) => {
    const [aMajor, aMinor] = a.split('.').map(Number) as [number, number];
    const [bMajor, bMinor] = b.split('.').map(Number) as [number, number];
    return aMajor - bMajor || aMinor - bMinor;
  });
  const newest = versions.at(-1);
  if (!newest) throw new Error('@microsoft/app-manifest bundles no Teams manifest schema');
  return newest;
}

/**
 * Validates a manifest (placeholders already filled) against the bundled schema of its `manifestVersion`.
 * @returns the validator's messages (e.g. `/bots/0 must have required property 'botId'`), or `[]` when valid.
 * @example await validateManifest(JSON.parse(text)) // []
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return ['the manifest must be a JSON object'];
  }
  const { manifestVersion, $schema } = manifest as { manifestVersion?: unknown; $schema?: unknown };
  if (typeof manifestVersion !== 'string' || !/^\d+\.\d+$/.test(manifestVersion)) {
    return [`manifestVersion must be a version such as "1.30", got ${JSON.stringify(manifestVersion)}`];
  }
  const schemaFile = join(bundledSchemasDir(), `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(schemaFile)) {
    return [`manifestVersion ${manifestVersion} has no schema in @microsoft/app-manifest`];
  }
  if ($schema !== SCHEMA_URL(manifestVersion)) {
    return [`$schema must be ${SCHEMA_URL(manifestVersion)} for manifestVersion ${manifestVersion}`];
  }
  // Same clean-up as AppManifestUtils.fetchSchema: some schemas spell control characters as \a and \v.
  const schemaText = readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  const schema = JSON.parse(schemaText) as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  return AppManifestUtils.validateAgainstSchema(manifest as TeamsManifest, schema);
}
