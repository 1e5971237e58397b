/**
 * `npm run bench`: runs every `bench/*.bench.ts` as its own process, in name order, one after another (so
 * no two benchmarks share the machine), and prints what each printed. Exits non-zero when one failed.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
    .sort();
  const failed: string[] = [];
  process.stdout.write(`Switchboard benchmarks: ${files.length} on ${machine()}\n`);
  for (const file of files) {
    process.stdout.write(`\n== ${file} ==\n`);
    const started = Date.now();
    const code = await run(join(__dirname, file));
    process.stdout.write(
      `-- ${file}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${seconds(started)} s\n`,
    );
    if (code !== 0) failed.push(file);
  }
  if (failed.length > 0) {
    process.stderr.write(`\nfailed: ${failed.join(', ')}\n`);
    process.exit(1);
  }
}

/** One bench file in a fresh Node process with tsx, its output passed through. */
function run(file: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${type()} ${release()}`;
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
