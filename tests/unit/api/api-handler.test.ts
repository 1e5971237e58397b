import pino from 'pino';
import { z } from 'zod';
import { ApiError, type ApiRequest } from '../../../bot/api';
import { createCallerResolver, type ResolveCaller } from '../../../bot/api/api-caller';
import type { ApiDeps } from '../../../bot/api/api-deps';
import { createApiHandler } from '../../../bot/api/api-handler';
import { json, route } from '../../../bot/api/api-route';
import { createApiTokenVerifier, EntraKeysUnavailableError } from '../../../bot/auth';
import { GraphError } from '../../../bot/graph';
import type { Tenant } from '../../../src/config';
import { StoreError } from '../../../src/store';

const tenant = { id: 't1', agents: [], supervisors: [], admins: [] } as unknown as Tenant;
const asAgent: ResolveCaller = async (authorization) => {
  if (authorization !== 'Bearer good') throw new ApiError(401, 'missingToken', 'no token');
  return {
    user: { tenantId: 't1', userId: 'u1', name: '', upn: '', scopes: [], appRoles: [] },
    roles: new Set(['Agent'] as const),
    tenant,
    agent: undefined,
  };
};
let thrown: unknown;
const routes = [
  route({
    method: 'PUT',
    path: '/things/{id}',
    operationId: 'putThing',
    summary: 'test',
    roles: ['Agent'],
    params: z.strictObject({ id: z.guid() }),
    body: z.strictObject({ size: z.int().min(1) }),
    answers: {},
    handle: async ({ params, body }) => json({ id: params.id, size: body.size }),
  }),
  route({
    method: 'GET',
    path: '/boom',
    operationId: 'boom',
    summary: 'test',
    roles: ['Agent'],
    answers: {},
    handle: async () => {
      throw thrown;
    },
  }),
  route({
    method: 'GET',
    path: '/supervised',
    operationId: 'supervised',
    summary: 'test',
    roles: ['Supervisor', 'Admin'],
    answers: {},
    handle: async () => json({}),
  }),
];
const logger = { error: jest.fn() };
const deps = { logger: pino({ level: 'silent' }) } as unknown as ApiDeps;
const handle = createApiHandler(routes, deps, asAgent, logger);
const request = (
  method: string,
  path: string,
  body?: unknown,
  authorization = 'Bearer good',
): ApiRequest => ({
  method,
  path,
  query: {},
  headers: { authorization },
  body,
});
const id = '0b3c2f9e-1d4a-4e8b-9c7d-6f5e4d3c2b1a';

describe('the API handler', () => {
  it('calls the route with its validated path and body', async () => {
    expect(await handle(request('PUT', `/things/${id}`, { size: 2 }))).toEqual({
      status: 200,
      body: { id, size: 2 },
    });
  });

  it('authenticates before it validates: an anonymous caller learns nothing about the input', async () => {
    const answer = await handle(request('PUT', '/things/42', { size: 0 }, ''));
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'missingToken' } } });
  });

  it('names every wrong field of path and body at once, unknown ones too', async () => {
    const bad = await handle(request('PUT', '/things/42', { size: 0, colour: 'red' }));
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalidRequest' } } });
    const details = (bad as any).body.error.details.map((d: any) => `${d.in}.${d.field}`);
    expect(details).toEqual(['path.id']);
    const body = await handle(request('PUT', `/things/${id}`, { size: 0, colour: 'red' }));
    expect((body as any).body.error.details.map((d: any) => `${d.in}.${d.field}`).sort()).toEqual([
      'body.colour',
      'body.size',
    ]);
  });

  it('refuses a caller holding none of the roles a route allows, naming them', async () => {
    expect(await handle(request('GET', '/supervised'))).toMatchObject({
      status: 403,
      body: { error: { code: 'missingRole', message: expect.stringContaining('Supervisor or Admin') } },
    });
  });

  it('answers 405 with Allow for a known path and another method, 404 for an unknown path', async () => {
    expect(await handle(request('GET', `/things/${id}`))).toMatchObject({
      status: 405,
      headers: { allow: 'PUT' },
    });
    expect(await handle(request('GET', '/nothing'))).toMatchObject({
      status: 404,
      body: { error: { code: 'routeNotFound' } },
    });
  });

  it.each([
    ['an ApiError as it says', new ApiError(409, 'agentInCall', 'on a call'), 409, 'agentInCall'],
    ['the store out of reach as 503', new StoreError('unavailable', 'agents.get'), 503, 'storeUnavailable'],
    ['a store conflict as 409', new StoreError('conflict', 'agents.update'), 409, 'conflict'],
    [
      'Graph failing as 502',
      new GraphError({
        reason: 'unavailable',
        status: 503,
        code: 'ServiceUnavailable',
        message: 'down',
        tenantId: 't1',
      }),
      502,
      'graphUnavailable',
    ],
    [
      "Entra's keys out of reach as 503",
      new EntraKeysUnavailableError('no keys', 'https://x/keys'),
      503,
      'authUnavailable',
    ],
  ])('maps %s', async (_what, error, status, code) => {
    thrown = error;
    expect(await handle(request('GET', '/boom'))).toMatchObject({ status, body: { error: { code } } });
  });

  it('answers anything else with 500, logs it, and sends nothing of its message', async () => {
    thrown = new Error('password=hunter2 in a stack');
    const answer = await handle(request('GET', '/boom'));
    expect(answer).toMatchObject({ status: 500, body: { error: { code: 'internal' } } });
    expect(JSON.stringify(answer)).not.toContain('hunter2');
    expect(logger.error).toHaveBeenCalledWith({ err: thrown }, 'API request failed');
  });

  it("answers 503 with Retry-After when Entra's signing keys cannot be fetched to check a token", async () => {
    const verifier = createApiTokenVerifier({
      authorityHost: 'https://login.example',
      audiences: ['api://switchboard'],
      keys: async () => {
        throw new EntraKeysUnavailableError(
          'unreachable',
          'https://login.example/common/discovery/v2.0/keys',
        );
      },
    });
    const withEntra = createApiHandler(routes, deps, createCallerResolver(verifier, [tenant]), logger);
    // A well-formed JWT: the verifier must reach for the keys to check it.
    const jwt = ['{"alg":"RS256","kid":"k"}', '{"aud":"api://switchboard"}']
      .map((part) => Buffer.from(part).toString('base64url'))
      .join('.');
    const answer = await withEntra(request('GET', '/supervised', undefined, `Bearer ${jwt}.c2ln`));
    expect(answer).toMatchObject({
      status: 503,
      headers: { 'retry-after': '5' },
      body: { error: { code: 'authUnavailable' } },
    });
  });
});
