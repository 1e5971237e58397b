import { createServer } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';
import { type RunningServer, startServer } from '../../../bot/server';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { configOrThrow, parseEnvironment } from '../../../src/config';
import { createStore, type Store } from '../../../src/store';
import { roomyDeadlines } from '../simulator/harness';

export const tenantId = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
export const mainNumber = '+14255550100';
export const closedNumber = '+14255550199';
export const ann = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const bo = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
export const cy = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
export const agents = [ann, bo, cy];

/** The back ends the contact center's tests run on: PGlite always, PostgreSQL when one answers. */
export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CenterHarness {
  simulator: Simulator;
  server: RunningServer;
  store: Store;
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** A caller dials; resolves with their line id. */
  dial(number?: string, from?: string): Promise<string>;
  press(legId: string, tones: string): Promise<void>;
  line(legId: string): Promise<any>;
  user(id: string): Promise<any>;
  /** Waits until `read` satisfies `done`. */
  until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  events(
    name?: string,
  ): Promise<{ name: string; data: any; interactionId: string | null; agentId: string | null }[]>;
  close(): Promise<void>;
}

export { roomyDeadlines };

/** The simulator's control API: JSON in, `{ status, body }` out. */
export function simulatorControl(simulatorUrl: string) {
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${simulatorUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

/**
 * The real server against the real simulator, over HTTP only, on the store given: speed 20 shortens the
 * simulator's durations (prompts, ring time, deadlines); the test file's own timers are short.
 */
export async function startCenter(options: {
  store: () => Promise<Store>;
  speed?: number;
  simulator?: Parameters<typeof startSimulator>[0];
  /** The contact-center file to run; `test-center.yaml` beside this file unless given. */
  configFile?: string;
  /** The routing sweep behind the wake-ups (the server's 2 s unless given). */
  routingSweepMs?: number;
}): Promise<CenterHarness> {
  const simulator = await startSimulator({
    speed: options.speed ?? 20,
    ...options.simulator,
    settings: { ...roomyDeadlines, ...options.simulator?.settings },
  });
  const store = await options.store();
  const port = await freePort();
  const env = configOrThrow(
    parseEnvironment({
      PORT: String(port),
      SIMULATOR_URL: simulator.url,
      CONTACT_CENTER_CONFIG: options.configFile ?? join(__dirname, 'test-center.yaml'),
      LOG_LEVEL: 'silent',
    }),
    'environment',
  );
  const server = await startServer({
    env,
    store,
    logger: pino({ level: 'silent' }),
    agentsStartAvailable: true,
    presencePollMs: 150,
    routingSweepMs: options.routingSweepMs,
  });
  const control = simulatorControl(simulator.url);
  const until = async <T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
    timeoutMs = 8000,
  ): Promise<T> => {
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
    store,
    control,
    until,
    dial: async (number = mainNumber, from = '+14255550123') =>
      (await control('POST', '/_sim/pstn/calls', { from, to: number })).body.id,
    press: async (legId, tones) => {
      const response = await control('POST', `/_sim/pstn/calls/${legId}/dtmf`, { tones });
      if (response.status !== 202) throw new Error(`dtmf: ${JSON.stringify(response.body)}`);
    },
    line: async (legId) => (await control('GET', `/_sim/pstn/calls/${legId}`)).body,
    user: async (id) => (await control('GET', `/_sim/users/${id}`)).body,
    events: async (name) => {
      const rows = await store.events.list({ tenantId });
      return rows.filter((r) => name === undefined || r.name === name) as never;
    },
    close: async () => {
      await server.close();
      await simulator.close();
      await store.close();
    },
  };
}

export const silentLogger = pino({ level: 'silent' });

/** Opens a store on PGlite in memory. */
export const pglite = () => createStore({ dataDir: 'memory://' });

let schemaCount = 0;
/** Opens a store on PostgreSQL in a fresh schema of its own. */
export const postgres = () =>
  createStore({ databaseUrl: postgresUrl, schema: `sb_it_${process.pid}_${Date.now()}_${schemaCount++}` });
