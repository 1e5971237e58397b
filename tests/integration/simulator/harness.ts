import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import { type Simulator, type SimulatorOptions, startSimulator } from '../../../simulator/server';

export const tenantId = '11111111-1111-4111-8111-111111111111';
export const otherTenantId = '22222222-2222-4222-8222-222222222222';
export const appId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const appSecret = 'test-secret';
export const instanceId = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
export const contactCenterNumber = '+14255550100';
export const callerNumber = '+14255550123';
export const alice = 'c0000000-0000-4000-8000-00000000a11c';
export const bob = 'c0000000-0000-4000-8000-000000000b0b';
export const mallory = 'c0000000-0000-4000-8000-00000000aa11';

/**
 * Speed 20 makes prompts and rings quick; Graph's own deadlines (tested in the simulator's suite) get
 * real-time room, so a loaded CI machine running several suites at once cannot fail a product test.
 */
export const roomyDeadlines = { answerDeadlineMs: 15_000 * 10, ackDeadlineMs: 5_000 * 10 };

/** Graph's own deadlines (answer within 15 s, acknowledge within 5 s), for the tests of those deadlines. */
export const graphDeadlines = { answerDeadlineMs: 15_000, ackDeadlineMs: 5_000 };

/** One notification POST as the test bot received it, with its verified token claims. */
export interface Received {
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  claims?: Record<string, unknown>;
  verifyError?: string;
}

/**
 * A bot stand-in: an HTTP endpoint that verifies each notification's JWT as a real bot must, records it,
 * and answers with `status()` (202 by default) after `delayMs()`.
 */
export class TestBot {
  readonly received: Received[] = [];
  status: (body: Record<string, unknown>) => number = () => 202;
  delayMs = 0;
  url = '';
  private server?: Server;
  private waiters: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];

  constructor(private readonly openIdUrl: string) {}

  async start(): Promise<void> {
    const jwks = await this.keys();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
        const received: Received = { body, headers: req.headers };
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        try {
          const { payload } = await jwtVerify(token, jwks, {
            issuer: 'https://api.botframework.com',
            audience: appId,
          });
          received.claims = payload as Record<string, unknown>;
        } catch (error) {
          received.verifyError = (error as Error).message;
        }
        this.received.push(received);
        for (const waiter of [...this.waiters]) {
          if (waiter.test(received)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(received);
          }
        }
        const status = this.status(body);
        setTimeout(() => res.writeHead(status).end(), this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/calling`;
  }

  /** Fetched up front: a first notification that waited for the key set could miss Graph's deadline. */
  private async keys() {
    const metadata = (await (await fetch(this.openIdUrl)).json()) as { jwks_uri: string };
    return createLocalJWKSet((await (await fetch(metadata.jwks_uri)).json()) as JSONWebKeySet);
  }

  /** Resolves with the first notification (already received or coming) that passes `test`. */
  waitFor(test: (r: Received) => boolean, timeoutMs = 5000): Promise<Received> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a notification')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** The single entry of a notification envelope (undefined for a body that is not one, e.g. the legacy shape). */
export function entry(r: Received): {
  changeType: string;
  resourceUrl: string;
  resourceData: Record<string, any>;
} {
  return (r.body.value as any[] | undefined)?.[0];
}

export function isCallState(callId: string, state: string) {
  return (r: Received) => {
    const e = (r.body.value as any[] | undefined)?.[0];
    return e?.resourceUrl === `/communications/calls/${callId}` && e.resourceData?.state === state;
  };
}

export interface Harness {
  simulator: Simulator;
  bot: TestBot;
  token: string;
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  graph(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  /** A caller dials the contact center; resolves once the bot has the incoming call. */
  incomingCall(from?: string): Promise<{ legId: string; callId: string; notification: Received }>;
  /** A caller dials and the bot answers with service-hosted media; resolves once established. */
  establishedCall(from?: string): Promise<{ legId: string; callId: string }>;
  close(): Promise<void>;
}

/**
 * A simulator with one tenant, one bot app and number, and users alice and bob (plus mallory elsewhere).
 * Graph's deadlines are roomy unless `settings` gives them (`graphDeadlines` for the tests of them).
 */
export async function startHarness(options: SimulatorOptions = { speed: 20 }): Promise<Harness> {
  const simulator = await startSimulator({
    ...options,
    settings: { ...roomyDeadlines, ...options.settings },
  });
  const bot = new TestBot(simulator.callingOpenIdUrl);
  await bot.start();
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${simulator.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const ok = async (path: string, body: unknown) => {
    const response = await control('POST', path, body);
    if (response.status >= 300) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
  };
  await ok('/_sim/tenants', { tenantId, displayName: 'Contoso' });
  await ok('/_sim/tenants', { tenantId: otherTenantId, displayName: 'Fabrikam' });
  await ok('/_sim/apps', { appId, appSecret, callbackUri: bot.url });
  await ok('/_sim/resourceAccounts', {
    id: instanceId,
    tenantId,
    appId,
    phoneNumber: contactCenterNumber,
    displayName: 'Contoso Support',
  });
  await ok('/_sim/users', {
    id: alice,
    tenantId,
    displayName: 'Alice Agent',
    userPrincipalName: 'alice@contoso.com',
  });
  await ok('/_sim/users', {
    id: bob,
    tenantId,
    displayName: 'Bob Agent',
    userPrincipalName: 'bob@contoso.com',
  });
  await ok('/_sim/users', {
    id: mallory,
    tenantId: otherTenantId,
    displayName: 'Mallory Other',
    userPrincipalName: 'mallory@fabrikam.com',
  });
  const token = await appToken(simulator, tenantId, appId, appSecret);
  const graph = async (method: string, path: string, body?: unknown, bearer = token) => {
    const response = await fetch(`${simulator.graphBaseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  const incomingCall = async (from = callerNumber) => {
    const dialled = await control('POST', '/_sim/pstn/calls', { from, to: contactCenterNumber });
    const legId = dialled.body.id as string;
    const leg = await control('GET', `/_sim/pstn/calls/${legId}`);
    const callId = leg.body.callIds[0] as string;
    return {
      legId,
      callId,
      notification: await bot.waitFor(
        (r) => entry(r)?.changeType === 'created' && entry(r).resourceData.id === callId,
      ),
    };
  };
  const establishedCall = async (from = callerNumber) => {
    const { legId, callId } = await incomingCall(from);
    const answer = await graph('POST', `/communications/calls/${callId}/answer`, {
      callbackUri: bot.url,
      acceptedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
    });
    if (answer.status !== 202) throw new Error(`answer: ${answer.status} ${JSON.stringify(answer.body)}`);
    await bot.waitFor(isCallState(callId, 'established'));
    return { legId, callId };
  };
  return {
    simulator,
    bot,
    token,
    control,
    graph,
    incomingCall,
    establishedCall,
    close: async () => {
      await bot.stop();
      await simulator.close();
    },
  };
}

/** An app-only Graph token from the simulator's Entra (client credentials in `tenant`). */
export async function appToken(
  simulator: Simulator,
  tenant: string,
  clientId: string,
  secret: string,
): Promise<string> {
  const response = await fetch(`${simulator.authorityHost}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token for ${clientId} in ${tenant}: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** Polls until `read` returns something `done` accepts (for state the simulator changes on its own). */
export async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
