import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..', '..');
export const APP_PACKAGE = join(ROOT, 'appPackage');

/** Values for every variable the manifest uses, as `teamsapp provision` would write them. */
export const TEST_VALUES = {
  TEAMS_APP_ID: '8b5e1c2a-3f4d-4e6a-9b7c-1d2e3f4a5b6c',
  BOT_ID: '0c6f3b2e-1a2b-4c3d-8e9f-a0b1c2d3e4f5',
  BOT_DOMAIN: 'switchboard-dev-abc123.azurewebsites.net',
  APP_DISPLAY_NAME: 'Switchboard (test)',
  DEVELOPER_WEBSITE_URL: 'https://contoso.example/switchboard',
  DEVELOPER_PRIVACY_URL: 'https://contoso.example/privacy',
  DEVELOPER_TERMS_URL: 'https://contoso.example/terms',
} as const;

export function readTemplate(): Record<string, any> {
  return JSON.parse(readFileSync(join(APP_PACKAGE, 'manifest.json'), 'utf8'));
}

/** Writes an env file: `NAME=value` lines, quoted so spaces and parentheses survive. */
export function envFileText(values: Record<string, string>): string {
  return `${Object.entries(values)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join('\n')}\n`;
}

export interface TestProject {
  dir: string;
  appPackageDir: string;
  envDir: string;
  outDir: string;
}

/**
 * A throwaway project: `appPackage/` with the real manifest template and icons (each replaceable), and
 * `env/.env.test` with the given values (default: all of TEST_VALUES).
 */
export function makeProject(
  options: {
    values?: Record<string, string>;
    manifest?: (template: Record<string, any>) => Record<string, any>;
    icons?: { color?: Uint8Array; outline?: Uint8Array };
  } = {},
): TestProject {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-app-package-'));
  const appPackageDir = join(dir, 'appPackage');
  const envDir = join(dir, 'env');
  mkdirSync(appPackageDir);
  mkdirSync(envDir);
  const template = readTemplate();
  writeFileSync(
    join(appPackageDir, 'manifest.json'),
    JSON.stringify(options.manifest ? options.manifest(template) : template, null, 2),
  );
  for (const icon of ['color', 'outline'] as const) {
    const replacement = options.icons?.[icon];
    if (replacement) writeFileSync(join(appPackageDir, `${icon}.png`), replacement);
    else copyFileSync(join(APP_PACKAGE, `${icon}.png`), join(appPackageDir, `${icon}.png`));
  }
  writeFileSync(join(envDir, '.env.test'), envFileText(options.values ?? TEST_VALUES));
  return { dir, appPackageDir, envDir, outDir: join(appPackageDir, 'build') };
}
