import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A process a benchmark started, listening. */
export interface Child {
  url: string;
  process: ChildProcess;
  /** Resident memory now (bytes), from /proc. */
  rss(): number;
  stop(): Promise<void>;
}

/** Starts a tsx script and resolves once it prints `listening <url>`. */
export function startChild(script: string, args: string[], env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match)
        resolve({
          url: match[1]!,
          process: child,
          rss: () => {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
            return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
          },
          stop: async () => {
            if (child.exitCode !== null) return;
            const gone = new Promise<void>((ok) => child.once('exit', () => ok()));
            child.kill('SIGKILL');
            await gone;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening: ${err}`)));
  });
}
