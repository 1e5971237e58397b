import { join } from 'node:path';
import pino from 'pino';
import { type RunningServer, startServer } from '../../../bot/server';
import { type Simulator, startSimulator } from '../../../simulator/server';
import { configOrThrow, parseEnvironment } from '../../../src/config';
import type { Store } from '../../../src/store';
import { freePort, roomyDeadlines, simulatorControl } from '../contact-center/harness';

export { backends } from '../contact-center/backends';

export const northwind = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
export const fabrikam = '7b7b7b7b-1111-4222-8333-444455556666';
/** A tenant the deployment does not serve. */
export const outsiders = '0c0c0c0c-2222-4333-8444-555566667777';
export const ann = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
export const bo = 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e';
export const cy = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
/** Northwind's supervisor (configured in `supervisors`). */
export const sue = '5a0e0000-0000-4000-8000-00000000005e';
/** A Northwind Teams user who is no agent: an expert to find. */
export const alex = 'a1e00000-0000-4000-8000-0000000a1e00';
export const dee = 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a';
export const olga = '01a00000-0000-4000-8000-0000000001a0';
export const mainNumber = '+14255550100';
export const salesNumber = '+14255550101';
export const fabrikamNumber = '+14255550200';

export interface TokenOptions {
  audience?: string;
  roles?: string[];
  scopes?: string[];
  lifetimeSeconds?: number;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export interface ApiHarness {
  simulator: Simulator;
  server: RunningServer;
  store: Store;
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** A user token from the simulator's Entra, for the API's audience unless told otherwise. */
  token(userId: string, options?: TokenOptions): Promise<string>;
  /** Calls the API as a user (a token string, or a user id to mint one for), or without a token. */
  api(
    method: string,
    path: string,
    options?: { as?: string; token?: string; body?: unknown; raw?: string },
  ): Promise<ApiAnswer>;
  /** A caller dials; resolves with their line id. */
  dial(number?: string, from?: string): Promise<string>;
  user(id: string): Promise<any>;
  until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** The real server with the real simulator over HTTP, on the API tests' contact center unless another is given. */
export async function startApiCenter(options: {
  store: () => Promise<Store>;
  configFile?: string;
}): Promise<ApiHarness> {
  const simulator = await startSimulator({ speed: 20, settings: roomyDeadlines });
  const store = await options.store();
  const env = configOrThrow(
    parseEnvironment({
      PORT: String(await freePort()),
      SIMULATOR_URL: simulator.url,
      CONTACT_CENTER_CONFIG: options.configFile ?? join(__dirname, 'api-center.yaml'),
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
    // Neither safety net runs during a test: offers must come from wake-ups, stream events from NOTIFY.
    routingSweepMs: 60_000,
    apiPollMs: 60_000,
  });
  const control = simulatorControl(simulator.url);
  const users: [string, string, string][] = [
    [sue, northwind, 'Sue Supervisor'],
    [alex, northwind, 'Alex Expert'],
    [olga, outsiders, 'Olga Outsider'],
  ];
  await control('POST', '/_sim/tenants', { tenantId: outsiders, displayName: 'Outsiders' });
  for (const [id, tenantId, displayName] of users)
    await control('POST', '/_sim/users', {
      id,
      tenantId,
      displayName,
      userPrincipalName: `${displayName.split(' ')[0]!.toLowerCase()}@example.com`,
    });
  const token = async (userId: string, opts: TokenOptions = {}) => {
    const { audience = server.apiAudience, ...rest } = opts;
    const minted = await control('POST', `/_sim/users/${userId}/token`, { audience, ...rest });
    if (minted.status !== 200) throw new Error(`token: ${JSON.stringify(minted.body)}`);
    return minted.body.access_token as string;
  };
  const api: ApiHarness['api'] = async (method, path, opts = {}) => {
    const bearer = opts.token ?? (opts.as ? await token(opts.as) : undefined);
    const headers: Record<string, string> = {};
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const payload = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.url}/api/v1${path}`, { method, headers, body: payload });
    const text = await response.text();
    // A CSV export answers text; everything else JSON.
    const json = (response.headers.get('content-type') ?? '').includes('json');
    return {
      status: response.status,
      headers: response.headers,
      body: json && text ? JSON.parse(text) : text || undefined,
    };
  };
  const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 8000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`not reached in ${timeoutMs} ms; last: ${JSON.stringify(value).slice(0, 800)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  // Routing needs each agent's Teams presence; a presence reading alone wakes no routing (the sweep would
  // find it), so tests start once the poller has read everyone's.
  await until(
    async () => (await store.agents.list(northwind)).every((agent) => agent.presence !== undefined),
    Boolean,
  );
  return {
    simulator,
    server,
    store,
    control,
    token,
    api,
    until,
    dial: async (number = salesNumber, from = '+14255550123') => {
      const placed = await control('POST', '/_sim/pstn/calls', { from, to: number });
      if (placed.status !== 201) throw new Error(`dial: ${JSON.stringify(placed.body)}`);
      return placed.body.id;
    },
    user: async (id) => (await control('GET', `/_sim/users/${id}`)).body,
    close: async () => {
      await server.close();
      await simulator.close();
      await store.close();
    },
  };
}
