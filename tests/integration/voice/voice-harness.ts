import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { recordingFolder } from '../../../bot/media/recording-folder';
import { type RunningServer, startServer } from '../../../bot/server';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { configOrThrow, parseEnvironment } from '../../../src/config';
import type { Store } from '../../../src/store';
import { freePort, roomyDeadlines, simulatorControl } from '../contact-center/harness';

export { backends } from '../contact-center/backends';

export const tenantId = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
export const callbacksNumber = '+14255550100';
export const messagesNumber = '+14255550101';
export const overflowNumber = '+14255550102';
export const ann = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const bo = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
/** Northwind's supervisor. */
export const sue = '5a0e0000-0000-4000-8000-00000000005e';

/** The voice tests' world: the server and the simulator over HTTP, a recordings folder, the API as a user. */
export interface VoiceHarness {
  simulator: Simulator;
  server: RunningServer;
  store: Store;
  recordingsDir: string;
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  dial(number: string, from?: string): Promise<string>;
  press(legId: string, tones: string): Promise<void>;
  line(legId: string): Promise<any>;
  /** Phone lines the bot called, newest last. */
  outbound(to: string): Promise<any[]>;
  user(id: string): Promise<any>;
  setPresence(userId: string, availability: string, activity?: string): Promise<void>;
  api(
    method: string,
    path: string,
    as: string,
    body?: unknown,
  ): Promise<{ status: number; headers: Headers; bytes: Buffer; body: any }>;
  events(
    name?: string,
  ): Promise<{ name: string; data: any; interactionId: string | null; agentId: string | null }[]>;
  until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Stops the server and starts a new one on the same store and simulator (same bot identity). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the center on `voice-center.yaml` with the store given; agents start available. */
export async function startVoiceCenter(options: { store: () => Promise<Store> }): Promise<VoiceHarness> {
  const simulator = await startSimulator({ speed: 20, settings: roomyDeadlines });
  const store = await options.store();
  const recordingsDir = await mkdtemp(join(tmpdir(), 'sb-recordings-'));
  const env = configOrThrow(
    parseEnvironment({
      PORT: String(await freePort()),
      SIMULATOR_URL: simulator.url,
      CONTACT_CENTER_CONFIG: join(__dirname, 'voice-center.yaml'),
      LOG_LEVEL: 'silent',
      BOT_ID: 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7b',
      BOT_PASSWORD: 'voice-tests-secret',
    }),
    'environment',
  );
  const start = () =>
    startServer({
      env,
      store,
      logger: pino({ level: 'silent' }),
      agentsStartAvailable: true,
      presencePollMs: 150,
      // A presence change alone wakes no routing: the sweep finds the agent Teams now shows free.
      routingSweepMs: 500,
      recordings: recordingFolder(recordingsDir),
    });
  let server = await start();
  const control = simulatorControl(simulator.url);
  await control('POST', '/_sim/users', {
    id: sue,
    tenantId,
    displayName: 'Sue Supervisor',
    userPrincipalName: 'sue@example.com',
  });
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`not reached in ${timeoutMs} ms; last: ${JSON.stringify(value).slice(0, 1200)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const token = async (userId: string) => {
    const minted = await control('POST', `/_sim/users/${userId}/token`, { audience: server.apiAudience });
    if (minted.status !== 200) throw new Error(`token: ${JSON.stringify(minted.body)}`);
    return minted.body.access_token as string;
  };
  const setPresence = async (userId: string, availability: string, activity = availability) => {
    await control('POST', `/_sim/users/${userId}/presence`, { availability, activity });
    await until(
      () => store.agents.get(tenantId, userId),
      (a) => a?.presence?.availability === availability,
    );
  };
  await until(
    async () => (await store.agents.list(tenantId)).every((a) => a.presence !== undefined),
    Boolean,
  );
  return {
    simulator,
    get server() {
      return server;
    },
    store,
    recordingsDir,
    control,
    dial: async (number, from = '+14255550123') => {
      const placed = await control('POST', '/_sim/pstn/calls', { from, to: number });
      if (placed.status !== 201) throw new Error(`dial: ${JSON.stringify(placed.body)}`);
      return placed.body.id;
    },
    press: async (legId, tones) => {
      const response = await control('POST', `/_sim/pstn/calls/${legId}/dtmf`, { tones });
      if (response.status !== 202) throw new Error(`dtmf: ${JSON.stringify(response.body)}`);
    },
    line: async (legId) => (await control('GET', `/_sim/pstn/calls/${legId}`)).body,
    outbound: async (to) =>
      (await control('GET', '/_sim/pstn/calls')).body.value.filter(
        (leg: any) => leg.direction === 'outbound' && leg.to === to,
      ),
    user: async (id) => (await control('GET', `/_sim/users/${id}`)).body,
    setPresence,
    api: async (method, path, as, body) => {
      const headers: Record<string, string> = { authorization: `Bearer ${await token(as)}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${server.url}/api/v1${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const json = response.headers.get('content-type')?.includes('json');
      return {
        status: response.status,
        headers: response.headers,
        bytes,
        body: json ? JSON.parse(bytes.toString('utf8')) : undefined,
      };
    },
    events: async (name) => {
      const rows = await store.events.list({ tenantId });
      return rows.filter((r) => name === undefined || r.name === name) as never;
    },
    until,
    restart: async () => {
      await server.close();
      server = await start();
    },
    close: async () => {
      await server.close();
      await simulator.close();
      await store.close();
      await rm(recordingsDir, { recursive: true, force: true });
    },
  };
}

export const fullNumber = '+14255550103';
export const lateNumber = '+14255550104';
