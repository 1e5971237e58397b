import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { type RunningServer, startServer } from '../../bot/server';
import { TABS_DIST } from '../../bot/tabs';
import { type Simulator, startSimulator } from '../../simulator/server';
import { configOrThrow, parseEnvironment } from '../../src/config';
import type { Store } from '../../src/store';
import { SIMULATOR_TOKEN_KEY } from '../../tabs/shared/auth/token-keys';
import { freePort, roomyDeadlines, simulatorControl } from '../integration/contact-center/harness';

export const northwind = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
export const ann = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const mainNumber = '+14255550100';
const root = join(__dirname, '../..');

/** The newest change under a folder, in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the tabs with Vite when the build is missing or older than their sources, as `npm run build` does. */
export function ensureTabsBuilt(): void {
  const page = join(TABS_DIST, 'agent', 'index.html');
  if (existsSync(page) && statSync(page).mtimeMs > newest(join(root, 'tabs'))) return;
  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'tabs/vite.config.ts', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

export interface TabCenter {
  simulator: Simulator;
  server: RunningServer;
  control: ReturnType<typeof simulatorControl>;
  /** A user token for the API, as the simulator's sign-in page would give. */
  token(userId: string): Promise<string>;
  until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** The real server and simulator on the browser tests' contact center; agents start offline. */
export async function startTabCenter(store: () => Promise<Store>): Promise<TabCenter> {
  ensureTabsBuilt();
  // Teams rings for 20 real seconds (not 1 s at speed 20): the browser takes screenshots of the offer.
  const simulator = await startSimulator({ speed: 20, settings: { ...roomyDeadlines, ringMs: 20_000 * 20 } });
  const opened = await store();
  const env = configOrThrow(
    parseEnvironment({
      PORT: String(await freePort()),
      SIMULATOR_URL: simulator.url,
      CONTACT_CENTER_CONFIG: join(__dirname, 'e2e-center.yaml'),
      LOG_LEVEL: 'silent',
    }),
    'environment',
  );
  const server = await startServer({
    env,
    store: opened,
    logger: pino({ level: 'silent' }),
    agentsStartAvailable: false,
    presencePollMs: 150,
  });
  const control = simulatorControl(simulator.url);
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`not reached in ${timeoutMs} ms; last: ${JSON.stringify(value).slice(0, 800)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  return {
    simulator,
    server,
    control,
    until,
    token: async (userId) => {
      const minted = await control('POST', `/_sim/users/${userId}/token`, { audience: server.apiAudience });
      if (minted.status !== 200) throw new Error(`token: ${JSON.stringify(minted.body)}`);
      return minted.body.access_token;
    },
    close: async () => {
      await server.close();
      await simulator.close();
      await opened.close();
    },
  };
}

/** A page script that puts a simulator token where the tab keeps it, as the sign-in page would. */
export function signedIn(token: string): string {
  const stored = JSON.stringify({ accessToken: token, expiresAt: Date.now() + 3_000_000 });
  return `sessionStorage.setItem(${JSON.stringify(SIMULATOR_TOKEN_KEY)}, ${JSON.stringify(stored)});`;
}
