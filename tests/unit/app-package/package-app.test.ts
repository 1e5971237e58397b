import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { drawColorIcon } from '../../../scripts/app-package/icons';
import { encodePng } from '../../../scripts/app-package/png';
import { PackageError, packageApp, parseArguments } from '../../../scripts/package-app';
import {
  APP_PACKAGE,
  envFileText,
  makeProject,
  ROOT,
  TEST_VALUES,
  type TestProject,
} from './app-package-fixture';

const projects: TestProject[] = [];
function project(options?: Parameters<typeof makeProject>[0]): TestProject {
  const made = makeProject(options);
  projects.push(made);
  return made;
}
afterAll(() => {
  for (const { dir } of projects) rmSync(dir, { recursive: true, force: true });
});

const run = (p: TestProject) =>
  packageApp({ env: 'test', appPackageDir: p.appPackageDir, envDir: p.envDir, outDir: p.outDir });

describe('npm run package (scripts/package-app.ts)', () => {
  it('writes appPackage.<env>.zip with exactly the filled manifest and the two icons at its root', async () => {
    const p = project();
    const result = await run(p);
    expect(result.zipPath).toBe(join(p.outDir, 'appPackage.test.zip'));
    const entries = unzipSync(readFileSync(result.zipPath));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifestText = Buffer.from(entries['manifest.json']!).toString('utf8');
    expect(manifestText).not.toContain('${{');
    const manifest = JSON.parse(manifestText);
    expect(manifest.id).toBe(TEST_VALUES.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(TEST_VALUES.BOT_ID);
    expect(manifest.name.short).toBe(TEST_VALUES.APP_DISPLAY_NAME);
    expect(Buffer.from(entries['color.png']!)).toEqual(readFileSync(join(APP_PACKAGE, 'color.png')));
    expect(Buffer.from(entries['outline.png']!)).toEqual(readFileSync(join(APP_PACKAGE, 'outline.png')));
  });

  it('reads secrets-file values on top of the environment file', async () => {
    const p = project({ values: { ...TEST_VALUES, APP_DISPLAY_NAME: 'from .env.test' } });
    writeFileSync(join(p.envDir, '.env.test.user'), envFileText({ APP_DISPLAY_NAME: 'from .env.test.user' }));
    const entries = unzipSync(readFileSync((await run(p)).zipPath));
    expect(JSON.parse(Buffer.from(entries['manifest.json']!).toString()).name.short).toBe(
      'from .env.test.user',
    );
  });

  it('refuses, naming every placeholder left unfilled, and writes nothing', async () => {
    const { BOT_DOMAIN: _domain, ...withoutDomain } = TEST_VALUES;
    const p = project({ values: { ...withoutDomain, BOT_ID: '' } });
    const refusal = run(p);
    await expect(refusal).rejects.toThrow(PackageError);
    await expect(refusal).rejects.toThrow(/does not set: BOT_DOMAIN, BOT_ID\./);
    expect(existsSync(join(p.outDir, 'appPackage.test.zip'))).toBe(false);
  });

  it('refuses a manifest the schema rejects, printing the validator’s message', async () => {
    const p = project({
      manifest: (template) => ({ ...template, bots: [{ ...template.bots[0], botId: undefined }] }),
    });
    await expect(run(p)).rejects.toThrow(
      /does not match its schema:\n {2}- \/bots\/0 must have required property 'botId'/,
    );
    expect(existsSync(join(p.outDir, 'appPackage.test.zip'))).toBe(false);
  });

  it('refuses an icon of the wrong size', async () => {
    const wide = drawColorIcon();
    const p = project({
      icons: { color: encodePng({ width: 96, height: 384, pixels: wide.pixels }, { alpha: false }) },
    });
    await expect(run(p)).rejects.toThrow(/color\.png: expected 192x192 pixels, got 96x384/);
  });

  it('refuses an environment it has no file for, listing the ones it has', async () => {
    const p = project();
    await expect(
      packageApp({ env: 'prod', appPackageDir: p.appPackageDir, envDir: p.envDir, outDir: p.outDir }),
    ).rejects.toThrow(/\.env\.prod not found; environments here: test/);
  });

  it('takes --env, defaulting to dev', () => {
    expect(parseArguments([])).toEqual({ env: 'dev' });
    expect(parseArguments(['--env', 'local'])).toEqual({ env: 'local' });
    expect(parseArguments(['--env=local'])).toEqual({ env: 'local' });
    expect(() => parseArguments(['--env'])).toThrow(/--env needs a name/);
    expect(() => parseArguments(['--zip'])).toThrow(/unknown argument --zip/);
  });

  it('runs from the command line: exit 0 and the zip, or exit 1 naming what is unfilled', async () => {
    const exec = promisify(execFile);
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const script = join(ROOT, 'scripts', 'package-app.ts');

    const good = project();
    const ok = await exec(tsx, [script, '--env', 'test'], { cwd: good.dir });
    expect(ok.stdout).toContain(join('appPackage', 'build', 'appPackage.test.zip'));
    expect(existsSync(join(good.outDir, 'appPackage.test.zip'))).toBe(true);

    const { TEAMS_APP_ID: _id, ...withoutAppId } = TEST_VALUES;
    const bad = project({ values: withoutAppId });
    const failure = await exec(tsx, [script, '--env=test'], { cwd: bad.dir }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('does not set: TEAMS_APP_ID.');
  });
});
