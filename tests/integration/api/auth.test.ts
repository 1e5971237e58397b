import { randomUUID } from 'node:crypto';
import { type ApiHarness, alex, ann, backends, dee, olga, startApiCenter, sue } from './api-harness';
import { openStream } from './sse-client';

/** Every route, with a path and body (undefined for none: jest takes a missing last argument for `done`) that would be valid: the refusals below must come from auth alone. */
const someInteraction = randomUUID();
const routes: [string, string, unknown][] = [
  ['GET', '/me', undefined],
  ['PUT', '/me/status', { status: 'available' }],
  ['PUT', '/me/queues/sales', { signedIn: true }],
  ['GET', '/me/interactions', undefined],
  ['GET', `/interactions/${someInteraction}`, undefined],
  ['POST', `/interactions/${someInteraction}/notes`, { text: 'hello' }],
  ['POST', `/interactions/${someInteraction}/wrapup`, { disposition: 'resolved' }],
  ['GET', '/people?search=Al', undefined],
  ['GET', '/stream', undefined],
  ['GET', '/openapi.json', undefined],
];
const agentOnly = routes.filter(
  ([, path]) => path.startsWith('/me') || path.endsWith('/wrapup') || path === '/stream',
);
const agentOrSupervisor = routes.filter(
  ([, path]) => (path.startsWith('/interactions') && !path.endsWith('/wrapup')) || path.startsWith('/people'),
);

describe.each(backends())('API authentication and roles on %s', (_name, store) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApiCenter({ store });
  });
  afterAll(() => h.close());

  const call = (method: string, path: string, body: unknown, token?: string) =>
    h.api(method, path, {
      ...(token === undefined ? {} : { token }),
      ...(body === undefined ? {} : { body }),
    });

  it.each(routes)(
    'refuses %s %s without a token: 401 with a Bearer challenge',
    async (method, path, body) => {
      const answer = await call(method, path, body);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: { code: 'missingToken', message: expect.any(String) } });
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    },
  );

  it.each(routes)('refuses %s %s with a token for another audience: 401', async (method, path, body) => {
    const token = await h.token(ann, { audience: 'api://someone-else' });
    const answer = await call(method, path, body, token);
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('wrongAudience');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  });

  it.each(routes)('refuses %s %s with an expired token: 401', async (method, path, body) => {
    const token = await h.token(ann, { lifetimeSeconds: -600 });
    const answer = await call(method, path, body, token);
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'expired' } } });
  });

  it.each(routes)(
    'refuses %s %s for a user of a tenant the deployment does not serve: 403',
    async (method, path, body) => {
      const answer = await call(
        method,
        path,
        body,
        await h.token(olga, { roles: ['Agent', 'Supervisor', 'Admin'] }),
      );
      expect(answer).toMatchObject({ status: 403, body: { error: { code: 'tenantNotServed' } } });
    },
  );

  it.each(agentOnly)(
    'refuses the agent-only %s %s to a supervisor: 403 missingRole',
    async (method, path, body) => {
      const answer = await call(method, path, body, await h.token(sue));
      expect(answer.status).toBe(403);
      expect(answer.body.error).toMatchObject({
        code: 'missingRole',
        message: expect.stringContaining('Agent'),
      });
    },
  );

  it.each(agentOrSupervisor)(
    'refuses %s %s to a user with no role: 403 missingRole',
    async (method, path, body) => {
      const answer = await call(method, path, body, await h.token(alex));
      expect(answer).toMatchObject({ status: 403, body: { error: { code: 'missingRole' } } });
    },
  );

  it('takes roles from the token’s app roles as well as from the configuration', async () => {
    const asSupervisor = await h.token(alex, { roles: ['Supervisor'] });
    expect((await call('GET', '/people?search=Al', undefined, asSupervisor)).status).toBe(200);
    // An app role alone does not make an agent: Alex is in no tenant's agent list.
    const asAgent = await h.token(alex, { roles: ['Agent'] });
    expect(await call('GET', '/me', undefined, asAgent)).toMatchObject({
      status: 403,
      body: { error: { code: 'notAnAgent' } },
    });
  });

  it('refuses a token without the access_as_user scope: 403', async () => {
    const token = await h.token(ann, { scopes: ['User.Read'] });
    expect(await call('GET', '/me', undefined, token)).toMatchObject({
      status: 403,
      body: { error: { code: 'missingScope' } },
    });
  });

  it('serves a user of the other configured tenant their own tenant only', async () => {
    const me = await call('GET', '/me', undefined, await h.token(dee));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: dee,
      tenantId: '7b7b7b7b-1111-4222-8333-444455556666',
      queues: [{ id: 'general' }],
    });
  });

  it('accepts the token in access_token on the stream only, for EventSource', async () => {
    const token = await h.token(ann);
    const stream = await openStream(`${h.server.url}/api/v1/stream?access_token=${token}`);
    try {
      expect(stream.status).toBe(200);
      await stream.live();
    } finally {
      stream.close();
    }
    const me = await fetch(`${h.server.url}/api/v1/me?access_token=${token}`);
    expect(me.status).toBe(401);
  });

  it('answers 404 for an unknown route and 405 with Allow for a wrong method, after authenticating', async () => {
    const token = await h.token(ann);
    expect(await call('GET', '/nothing-here', undefined, token)).toMatchObject({
      status: 404,
      body: { error: { code: 'routeNotFound' } },
    });
    const wrong = await call('DELETE', '/me/status', undefined, token);
    expect(wrong).toMatchObject({ status: 405, body: { error: { code: 'methodNotAllowed' } } });
    expect(wrong.headers.get('allow')).toBe('PUT');
  });
});
