import { createLocalJWKSet, decodeJwt, type JSONWebKeySet, jwtVerify } from 'jose';
import type { Identity } from '../../../../simulator/identity';
import { agent, baseUrl, call, contoso, makeIdentity, type TestClock } from './identity-fixtures';

describe('a user token for the tabs API', () => {
  let identity: Identity;
  let clock: TestClock;
  beforeAll(async () => {
    ({ identity, clock } = await makeIdentity());
  });

  it('carries the v2.0 access token claims Entra issues for a custom API', async () => {
    const issued = await identity.issueUserToken(agent.id, 'api://switchboard');
    expect(issued).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3599 });
    const iat = Math.floor(clock.nowMs / 1000);
    expect(decodeJwt(issued!.access_token)).toEqual({
      aud: 'api://switchboard',
      iss: `${baseUrl}/${contoso.id}/v2.0`,
      iat,
      nbf: iat,
      exp: iat + 3599,
      azp: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      azpacr: '0',
      name: agent.displayName,
      oid: agent.id,
      preferred_username: agent.userPrincipalName,
      rh: expect.any(String),
      scp: 'access_as_user',
      sub: expect.stringMatching(/^[\w-]{43}$/),
      tid: contoso.id,
      uti: expect.stringMatching(/^[\w-]{22}$/),
      ver: '2.0',
    });
  });

  it('carries the roles, scopes and lifetime asked for', async () => {
    const issued = await identity.issueUserToken(agent.id, 'c0ffee00-0000-4000-8000-000000000000', {
      roles: ['Supervisor', 'Agent'],
      scopes: ['access_as_user', 'Queues.Read'],
      lifetimeSeconds: 600,
    });
    const claims = decodeJwt(issued!.access_token);
    expect(issued!.expires_in).toBe(600);
    expect(claims).toMatchObject({
      aud: 'c0ffee00-0000-4000-8000-000000000000',
      roles: ['Supervisor', 'Agent'],
      scp: 'access_as_user Queues.Read',
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(600);
  });

  it('gives the same user a different pairwise sub for each audience', async () => {
    const sub = async (audience: string) =>
      decodeJwt((await identity.issueUserToken(agent.id, audience))!.access_token).sub;
    expect(await sub('api://switchboard')).toBe(await sub('api://switchboard'));
    expect(await sub('api://switchboard')).not.toBe(await sub('api://other'));
  });

  it("verifies against Entra's JWKS with the v2.0 issuer and the API as audience", async () => {
    const issued = await identity.issueUserToken(agent.id, 'api://switchboard');
    const keys = await call(identity, 'GET', `/${contoso.id}/discovery/v2.0/keys`);
    const { payload } = await jwtVerify(issued!.access_token, createLocalJWKSet(keys.body as JSONWebKeySet), {
      issuer: `${baseUrl}/${contoso.id}/v2.0`,
      audience: 'api://switchboard',
    });
    expect(payload.oid).toBe(agent.id);
  });

  it('is not issued for a user the directory does not know', async () => {
    await expect(identity.issueUserToken('no-such-user', 'api://switchboard')).resolves.toBeUndefined();
  });
});
