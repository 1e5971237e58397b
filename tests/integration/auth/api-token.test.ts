import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import {
  type ApiTokenResult,
  type ApiTokenVerifier,
  createApiTokenVerifier,
  EntraKeysUnavailableError,
} from '../../../bot/auth';
import { type Simulator, startSimulator } from '../../../simulator/server';

const contoso = '11111111-1111-4111-8111-111111111111';
const fabrikam = '22222222-2222-4222-8222-222222222222';
const alice = 'c0000000-0000-4000-8000-00000000a11c';
const mallory = 'c0000000-0000-4000-8000-00000000aa11';
const apiClientId = 'fa11ba11-0000-4000-8000-00000000a9a1';
const apiUri = `api://switchboard.test/${apiClientId}`;
const daemonId = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const daemonSecret = 'daemon-secret';

describe('the API token verifier, with the simulator as Entra', () => {
  let simulator: Simulator;
  /** The deployment under test: serves Contoso only, clock skew 30 s. */
  let verifier: ApiTokenVerifier;

  const control = async (path: string, body: unknown) => {
    const response = await fetch(`${simulator.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  /** A user token as Entra issues it to the tab for `audience` (the API's app id URI by default). */
  const userToken = async (
    userId: string,
    options: { audience?: string; roles?: string[]; scopes?: string[]; lifetimeSeconds?: number } = {},
  ) => {
    const { audience = apiUri, ...rest } = options;
    const body = await control(`/_sim/users/${userId}/token`, { audience, ...rest });
    return body.access_token as string;
  };
  /** Expects a refusal, and that nothing in it repeats the token. */
  const expectRefused = (
    result: ApiTokenResult,
    token: string,
    expected: { status: 401 | 403; code: string; message: string | RegExp },
  ) => {
    expect(result).toMatchObject({ ok: false, status: expected.status, error: { code: expected.code } });
    if (result.ok) return;
    expect(result.error.message).toMatch(expected.message);
    const [, payload = '', signature = ''] = token.split('.');
    for (const part of [token, payload, signature].filter((p) => p.length > 0))
      expect(JSON.stringify(result)).not.toContain(part);
  };

  beforeAll(async () => {
    simulator = await startSimulator({ speed: 20 });
    await control('/_sim/tenants', { tenantId: contoso, displayName: 'Contoso' });
    await control('/_sim/tenants', { tenantId: fabrikam, displayName: 'Fabrikam' });
    await control('/_sim/users', {
      id: alice,
      tenantId: contoso,
      displayName: 'Alice Agent',
      userPrincipalName: 'alice@contoso.com',
    });
    await control('/_sim/users', {
      id: mallory,
      tenantId: fabrikam,
      displayName: 'Mallory Other',
      userPrincipalName: 'mallory@fabrikam.com',
    });
    await control('/_sim/apps', {
      appId: daemonId,
      appSecret: daemonSecret,
      tenantId: contoso,
      callbackUri: `${simulator.url}/unused`,
    });
    verifier = createApiTokenVerifier({
      authorityHost: simulator.authorityHost,
      audiences: [apiUri, apiClientId],
      allowedTenants: (tid) => tid === contoso,
      clockToleranceSeconds: 30,
    });
  });
  afterAll(async () => {
    await simulator?.close();
  });

  it('accepts a user token minted for the API and says who is calling', async () => {
    const token = await userToken(alice);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual({
      ok: true,
      user: {
        tenantId: contoso,
        userId: alice,
        name: 'Alice Agent',
        upn: 'alice@contoso.com',
        scopes: ['access_as_user'],
        appRoles: [],
      },
    });
  });

  it('accepts the client id as audience, and carries the app roles and every scope', async () => {
    const token = await userToken(alice, {
      audience: apiClientId,
      roles: ['Supervisor'],
      scopes: ['access_as_user', 'Queues.Read'],
    });
    const result = await verifier.verify(`bearer ${token}`);
    expect(result).toMatchObject({
      ok: true,
      user: { userId: alice, appRoles: ['Supervisor'], scopes: ['access_as_user', 'Queues.Read'] },
    });
  });

  it('asks for a bearer token when there is no Authorization header', async () => {
    const result = await verifier.verify(undefined);
    expectRefused(result, '', { status: 401, code: 'missingToken', message: /no Authorization header/ });
    expect(result).toMatchObject({ headers: { 'www-authenticate': 'Bearer' } });
  });

  it('refuses the Basic scheme, naming it', async () => {
    const result = await verifier.verify(`Basic ${Buffer.from('alice:secret').toString('base64')}`);
    expectRefused(result, 'YWxpY2U6c2VjcmV0', {
      status: 401,
      code: 'malformedHeader',
      message: 'Authorization scheme Basic is not Bearer',
    });
    expect(result).toMatchObject({ headers: { 'www-authenticate': expect.stringMatching(/^Bearer /) } });
  });

  it.each([
    ['not a JWT at all', 'garbage'],
    ['three parts that decode to nothing', 'bm90.anNvbg.c2ln'],
  ])('refuses a bearer token that is %s', async (_, token) => {
    const result = await verifier.verify(`Bearer ${token}`);
    expectRefused(result, token, {
      status: 401,
      code: 'malformedToken',
      message: 'the bearer token is not a JWT',
    });
    expect(result).toMatchObject({
      headers: { 'www-authenticate': expect.stringContaining('error="invalid_token"') },
    });
  });

  it('refuses an expired token beyond the clock skew', async () => {
    const token = await userToken(alice, { lifetimeSeconds: -60 });
    const result = await verifier.verify(`Bearer ${token}`);
    expectRefused(result, token, { status: 401, code: 'expired', message: /^token expired at \d{4}-/ });
  });

  it('accepts a token expired within the clock skew', async () => {
    const lenient = createApiTokenVerifier({
      authorityHost: simulator.authorityHost,
      audiences: [apiUri],
      clockToleranceSeconds: 120,
    });
    const token = await userToken(alice, { lifetimeSeconds: -60 });
    await expect(lenient.verify(`Bearer ${token}`)).resolves.toMatchObject({ ok: true });
  });

  it('refuses a token for another audience, naming it', async () => {
    const token = await userToken(alice, { audience: 'api://someone-else' });
    const result = await verifier.verify(`Bearer ${token}`);
    expectRefused(result, token, {
      status: 401,
      code: 'wrongAudience',
      message: 'audience api://someone-else is not this API',
    });
  });

  it('refuses a valid user of a tenant the deployment does not serve with 403', async () => {
    const token = await userToken(mallory);
    const result = await verifier.verify(`Bearer ${token}`);
    expectRefused(result, token, {
      status: 403,
      code: 'tenantNotServed',
      message: `tenant ${fabrikam} is not served by this deployment`,
    });
  });

  it("accepts that tenant's user where it is served: the issuer is checked for each token's own tenant", async () => {
    const both = createApiTokenVerifier({
      authorityHost: simulator.authorityHost,
      audiences: [apiUri],
      allowedTenants: (tid) => tid === contoso || tid === fabrikam,
    });
    const token = await userToken(mallory);
    await expect(both.verify(`Bearer ${token}`)).resolves.toMatchObject({
      ok: true,
      user: { tenantId: fabrikam, userId: mallory, upn: 'mallory@fabrikam.com' },
    });
  });

  it('refuses a token with the same claims and kid signed by a foreign key', async () => {
    const genuine = await userToken(alice);
    const { kid } = decodeProtectedHeader(genuine);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(decodeJwt(genuine))
      .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid })
      .sign(privateKey);
    const result = await verifier.verify(`Bearer ${forged}`);
    expectRefused(result, forged, {
      status: 401,
      code: 'badSignature',
      message: "token signature does not verify with Entra's signing key",
    });
  });

  it("refuses an app-only token for the API from Entra's token endpoint with 403", async () => {
    const response = await fetch(`${simulator.authorityHost}/${contoso}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: daemonId,
        client_secret: daemonSecret,
        scope: `${apiUri}/.default`,
      }),
    });
    const token = ((await response.json()) as { access_token: string }).access_token;
    expect(decodeJwt(token)).toMatchObject({ aud: apiUri, idtyp: 'app', tid: contoso });
    const result = await verifier.verify(`Bearer ${token}`);
    expectRefused(result, token, { status: 403, code: 'appOnlyToken', message: /app-only tokens/ });
    expect(result).toMatchObject({
      headers: { 'www-authenticate': expect.stringContaining('error="insufficient_scope"') },
    });
  });

  it('refuses a delegated token without the access_as_user scope with 403', async () => {
    const token = await userToken(alice, { scopes: ['User.Read'] });
    const result = await verifier.verify(`Bearer ${token}`);
    expectRefused(result, token, {
      status: 403,
      code: 'missingScope',
      message: 'token lacks the scope access_as_user (it has User.Read)',
    });
  });

  it('refuses a token issued by another host, even when signed with a trusted key', async () => {
    const entra = createApiTokenVerifier({
      authorityHost: 'https://login.microsoftonline.com',
      audiences: [apiUri],
      keys: createRemoteJWKSet(new URL(`${simulator.authorityHost}/common/discovery/v2.0/keys`)),
    });
    const token = await userToken(alice);
    const result = await entra.verify(`Bearer ${token}`);
    expectRefused(result, token, {
      status: 401,
      code: 'wrongIssuer',
      message: `issuer ${simulator.authorityHost}/${contoso}/v2.0 is not https://login.microsoftonline.com/${contoso}/v2.0, Entra's for tenant ${contoso}`,
    });
  });

  it("fails closed when Entra's keys can't be fetched", async () => {
    const unreachable = createApiTokenVerifier({ authorityHost: 'http://127.0.0.1:1', audiences: [apiUri] });
    const token = await userToken(alice);
    await expect(unreachable.verify(`Bearer ${token}`)).rejects.toBeInstanceOf(EntraKeysUnavailableError);
  });
});
