import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Router } from '../../../../simulator/http/router';
import type { SimRequest, SimResponse } from '../../../../simulator/http/types';
import { createIdentity, type Directory, type Identity } from '../../../../simulator/identity';

/** Contoso: the tenant the bot is registered in. */
export const contoso = { id: '11111111-1111-4111-8111-111111111111', displayName: 'Contoso' };
/** Fabrikam: a second tenant, served only by the multi-tenant app. */
export const fabrikam = { id: '22222222-2222-4222-8222-222222222222', displayName: 'Fabrikam' };
/** A single-tenant calling bot registered in Contoso. */
export const bot = {
  appId: '33333333-3333-4333-8333-333333333333',
  appSecret: 'bot-secret',
  tenantId: contoso.id,
};
/** A multi-tenant app (no home tenant), allowed to act in every known tenant. */
export const partner = { appId: '44444444-4444-4444-8444-444444444444', appSecret: 'partner-secret' };
/** An agent in Contoso. */
export const agent = {
  id: '55555555-5555-4555-8555-555555555555',
  tenantId: contoso.id,
  displayName: 'Ada Agent',
  userPrincipalName: 'ada@contoso.example',
};

/** A map-backed directory holding the fixtures above, case-insensitive as the world's is. */
export const directory: Directory = {
  tenant: (id) => [contoso, fabrikam].find((t) => t.id === id.toLowerCase()),
  app: (appId) => [bot, partner].find((a) => a.appId === appId.toLowerCase()),
  user: (id) => [agent].find((u) => u.id === id.toLowerCase()),
};

/** The base URL the in-process identity believes it is served at. */
export const baseUrl = 'http://127.0.0.1:4000';

/** A settable wall clock, so a test can issue a token and then look at it later. */
export interface TestClock {
  nowMs: number;
}

/** An identity on the fixture directory, on a clock the test can move. */
export async function makeIdentity(): Promise<{ identity: Identity; clock: TestClock }> {
  const clock = { nowMs: Date.now() };
  const identity = await createIdentity({ baseUrl: () => baseUrl, directory, now: () => clock.nowMs });
  return { identity, clock };
}

/** Calls the identity's routes as the simulator's router would, with no port. */
export function call(
  identity: Identity,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<SimResponse> {
  const router = new Router();
  for (const [m, pattern, route] of identity.routes) router.add(m, pattern, route);
  const req: SimRequest = {
    method,
    path,
    query: new URLSearchParams(),
    headers: init.headers ?? {},
    body: init.body,
  };
  return router.handle(req, () => ({ status: 404, body: { error: 'no route' } }));
}

/** The client credentials form for `app`, with `overrides` merged in (a value of undefined removes the field). */
export function tokenForm(
  app: { appId: string; appSecret: string },
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  const form: Record<string, string | undefined> = {
    grant_type: 'client_credentials',
    client_id: app.appId,
    client_secret: app.appSecret,
    scope: 'https://graph.microsoft.com/.default',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Asks the token endpoint of `tenant` for an app token and returns the access token (throws on refusal). */
export async function appToken(
  identity: Identity,
  tenant: string,
  form: Record<string, string>,
): Promise<string> {
  const res = await call(identity, 'POST', `/${tenant}/oauth2/v2.0/token`, { body: form });
  if (res.status !== 200)
    throw new Error(`token endpoint answered ${res.status}: ${JSON.stringify(res.body)}`);
  return (res.body as { access_token: string }).access_token;
}

/** The identity served over real HTTP by a tiny `node:http` server on a free port. */
export interface ServedIdentity {
  identity: Identity;
  url: string;
  close(): Promise<void>;
}

/** Starts the identity's routes on 127.0.0.1 (url-encoded forms parsed as the simulator's adapter would). */
export async function serveIdentity(): Promise<ServedIdentity> {
  let url = '';
  const identity = await createIdentity({ baseUrl: () => url, directory });
  const router = new Router();
  for (const [method, pattern, route] of identity.routes) router.add(method, pattern, route);
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const target = new URL(request.url ?? '/', 'http://localhost');
    const res = await router.handle(
      {
        method: request.method ?? 'GET',
        path: target.pathname,
        query: target.searchParams,
        headers: request.headers as Record<string, string | undefined>,
        body: raw ? Object.fromEntries(new URLSearchParams(raw)) : undefined,
      },
      () => ({ status: 404, body: { error: 'no route' } }),
    );
    response.writeHead(res.status, { 'content-type': 'application/json', ...res.headers });
    response.end(JSON.stringify(res.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    identity,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** GETs `url` over HTTP and parses the JSON body as `T` (the shape the test then asserts). */
export async function getJson<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}
