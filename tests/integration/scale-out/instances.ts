import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A server instance in a process of its own. */
export interface Instance {
  url: string;
  process: ChildProcess;
  /** Everything it wrote to stderr (for a failure message). */
  stderr(): string;
}

const root = join(__dirname, '..', '..', '..');

/**
 * Starts `instance-main.ts` with `env` on `port` and resolves once it listens; rejects with its stderr when
 * it exits first or does not listen within `timeoutMs`.
 */
export function startInstance(
  env: Record<string, string>,
  port: number,
  timeoutMs = 60_000,
): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'instance-main.ts')], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`instance on ${port} did not listen in ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, process: child, stderr: () => err });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`instance on ${port} exited (${code ?? signal}) before listening: ${err}`));
    });
  });
}

/** Kills an instance at once, as a crash would, and waits for it to be gone. */
export async function killInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => instance.process.once('exit', () => resolve()));
  instance.process.kill('SIGKILL');
  await gone;
}
