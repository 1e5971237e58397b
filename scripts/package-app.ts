/**
 * `npm run package [-- --env <name>]`: builds the Teams app package `appPackage/build/appPackage.<env>.zip`
 * (default env `dev`), as the toolkit's `teamsApp/zipAppPackage` does, without the toolkit:
 *
 * 1. fills the `${{NAME}}` placeholders of `appPackage/manifest.json` from `env/.env.<env>` (and
 *    `env/.env.<env>.user`), refusing, with every name, when a variable is missing or empty;
 * 2. validates the filled manifest against the schema bundled in `@microsoft/app-manifest` (offline);
 * 3. checks the icons it names (192x192 colour, 32x32 white-on-transparent outline);
 * 4. zips `manifest.json` and the two icons at the zip's root.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { checkIcons } from './app-package/icons';
import { validateManifest } from './app-package/manifest-schema';
import { fillPlaceholders, PackageError, readEnvironment } from './app-package/placeholders';

export { PackageError } from './app-package/placeholders';

export interface PackageOptions {
  /** Environment name: reads `<envDir>/.env.<env>`. */
  env: string;
  /** Folder of the manifest template and icons. Default `appPackage`. */
  appPackageDir?: string;
  /** Folder of the environment files. Default `env`. */
  envDir?: string;
  /** Where the zip goes. Default `<appPackageDir>/build`. */
  outDir?: string;
}

export interface PackageResult {
  zipPath: string;
  /** The manifest as written into the zip. */
  manifest: Record<string, unknown>;
  /** The zip's entries, in order. */
  files: string[];
}

/** A fixed timestamp for the zip entries, so the same inputs give the same bytes. */
const ENTRY_TIME = new Date('2025-01-01T00:00:00Z');

/**
 * Builds the app package for one environment.
 * @throws PackageError naming every unfilled variable, every schema error or every icon problem.
 * @example await packageApp({ env: 'dev' }) // { zipPath: 'appPackage/build/appPackage.dev.zip', … }
 */
export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const appPackageDir = options.appPackageDir ?? 'appPackage';
  const envDir = options.envDir ?? 'env';
  const outDir = options.outDir ?? join(appPackageDir, 'build');
  const templatePath = join(appPackageDir, 'manifest.json');

  let template: Record<string, unknown>;
  try {
    template = JSON.parse(readFileSync(templatePath, 'utf8'));
  } catch (error) {
    throw new PackageError(`cannot read ${templatePath}: ${(error as Error).message}`);
  }

  const variables = readEnvironment(envDir, options.env);
  const { value: manifest, unfilled } = fillPlaceholders(template, variables);
  if (unfilled.length > 0) {
    throw new PackageError(
      `${templatePath} uses ${unfilled.length === 1 ? 'a variable' : 'variables'} that ${join(envDir, `.env.${options.env}`)} ` +
        `does not set: ${unfilled.join(', ')}. Set ${unfilled.length === 1 ? 'it' : 'them'} there: ` +
        `\`teamsapp provision --env ${options.env}\` writes the ids it creates; the file's comments say where the rest come from.`,
    );
  }

  const schemaErrors = await validateManifest(manifest);
  if (schemaErrors.length > 0) {
    throw new PackageError(
      `the manifest for env ${options.env} does not match its schema:\n${schemaErrors.map((e) => `  - ${e}`).join('\n')}`,
    );
  }

  const icons = manifest.icons as { color: string; outline: string };
  const read = (name: string) => {
    try {
      return readFileSync(join(appPackageDir, name));
    } catch {
      throw new PackageError(
        `the manifest names the icon ${name}, but ${join(appPackageDir, name)} cannot be read`,
      );
    }
  };
  const color = { name: icons.color, bytes: read(icons.color) };
  const outline = { name: icons.outline, bytes: read(icons.outline) };
  const iconProblems = checkIcons(color, outline);
  if (iconProblems.length > 0) {
    throw new PackageError(
      `the icons break Teams' rules:\n${iconProblems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }

  const entries = {
    'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
    [color.name]: color.bytes,
    [outline.name]: outline.bytes,
  };
  const zip = zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, new Uint8Array(bytes)])),
    { level: 9, mtime: ENTRY_TIME },
  );
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${options.env}.zip`);
  writeFileSync(zipPath, zip);
  return { zipPath, manifest, files: Object.keys(entries) };
}

/** Parses `--env <name>` / `--env=<name>` and `--help`; anything else is refused. */
export function parseArguments(args: readonly string[]): { env: string } | 'help' {
  let env = 'dev';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--env') {
      const next = args[++i];
      if (next === undefined || next.startsWith('-'))
        throw new PackageError('--env needs a name, e.g. --env local');
      env = next;
    } else if (arg.startsWith('--env=')) {
      env = arg.slice('--env='.length);
    } else {
      throw new PackageError(`unknown argument ${arg}; usage: npm run package [-- --env <name>]`);
    }
  }
  return { env };
}

async function main(): Promise<void> {
  try {
    const parsed = parseArguments(process.argv.slice(2));
    if (parsed === 'help') {
      console.log('usage: npm run package [-- --env <name>]   (default env: dev; reads env/.env.<name>)');
      return;
    }
    const result = await packageApp({ env: parsed.env });
    console.log(
      `Wrote ${relative(process.cwd(), result.zipPath)}: ${result.files.join(', ')} ` +
        `(manifest ${String(result.manifest.manifestVersion)}, valid against the bundled schema)`,
    );
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`npm run package: ${error.message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
