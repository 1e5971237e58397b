import { createLocalJWKSet, SignJWT, UnsecuredJWT } from 'jose';
import { type ApiTokenVerifier, createApiTokenVerifier } from '../../../bot/auth';
import {
  alice,
  apiUri,
  authorityHost,
  contoso,
  fabrikam,
  nowMs,
  seconds,
  signingKey,
  userClaims,
} from './fixtures';

/** Claim checks the simulator can't mint tokens for, with Entra's keys replaced by a local key. */
describe('createApiTokenVerifier on tokens of a local key', () => {
  let key: Awaited<ReturnType<typeof signingKey>>;
  let verifier: ApiTokenVerifier;
  const verify = async (claims: Record<string, unknown>, header?: Record<string, unknown>) =>
    verifier.verify(`Bearer ${await key.sign(claims, header)}`);

  beforeAll(async () => {
    key = await signingKey('entra-key-1');
    verifier = createApiTokenVerifier({
      authorityHost: `${authorityHost}/`,
      audiences: [apiUri],
      allowedTenants: (tid) => tid === contoso,
      keys: createLocalJWKSet(key.jwks),
      now: () => nowMs,
    });
  });

  it('accepts a v2.0 user token of a served tenant (authority host given with a trailing slash)', async () => {
    await expect(verify(userClaims())).resolves.toMatchObject({ ok: true, user: { userId: alice } });
  });

  it.each([
    ['idtyp app, no scp, v2.0 issuer', { idtyp: 'app', scp: undefined, roles: ['Admin'] }],
    ['no scp and no idtyp', { scp: undefined }],
    ['idtyp app even with a scp', { idtyp: 'app' }],
  ])('refuses an app-only token (%s) with 403', async (_, overrides) => {
    await expect(verify(userClaims(overrides))).resolves.toMatchObject({
      ok: false,
      status: 403,
      error: { code: 'appOnlyToken' },
    });
  });

  it('refuses a v1.0 token, naming its version', async () => {
    const v1 = userClaims({ ver: '1.0', iss: `https://sts.windows.net/${contoso}/` });
    await expect(verify(v1)).resolves.toMatchObject({
      status: 401,
      error: { code: 'wrongVersion', message: 'token version 1.0 is not accepted; the API takes v2.0' },
    });
  });

  it("refuses a token whose issuer is another tenant's", async () => {
    await expect(verify(userClaims({ iss: `${authorityHost}/${fabrikam}/v2.0` }))).resolves.toMatchObject({
      status: 401,
      error: { code: 'wrongIssuer', message: expect.stringContaining(`Entra's for tenant ${contoso}`) },
    });
  });

  it('refuses the templated issuer of the common endpoint', async () => {
    await expect(verify(userClaims({ iss: `${authorityHost}/{tenantid}/v2.0` }))).resolves.toMatchObject({
      status: 401,
      error: { code: 'wrongIssuer' },
    });
  });

  it.each([
    ['tid', 'token has no tid (tenant) claim'],
    ['oid', 'token has no oid (user object id) claim'],
    ['exp', 'token has no exp claim'],
  ])('refuses a token without %s', async (claim, message) => {
    await expect(verify(userClaims({ [claim]: undefined }))).resolves.toMatchObject({
      status: 401,
      error: { code: 'invalidClaims', message },
    });
  });

  it('refuses a token not yet valid beyond the skew', async () => {
    await expect(verify(userClaims({ nbf: seconds(600) }))).resolves.toMatchObject({
      status: 401,
      error: {
        code: 'notYetValid',
        message: `token is not valid before ${new Date(seconds(600) * 1000).toISOString()}`,
      },
    });
  });

  it('allows 300 s of clock skew by default', async () => {
    await expect(verify(userClaims({ exp: seconds(-290) }))).resolves.toMatchObject({ ok: true });
    await expect(verify(userClaims({ exp: seconds(-310) }))).resolves.toMatchObject({
      error: { code: 'expired' },
    });
  });

  it('refuses a token signed with a key Entra does not publish', async () => {
    const stranger = await signingKey('unknown-kid');
    const token = await stranger.sign(userClaims());
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({
      status: 401,
      error: { code: 'unknownKey' },
    });
  });

  it.each([
    ['HS256', () => new SignJWT(userClaims()).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32))],
    ['none', async () => new UnsecuredJWT(userClaims()).encode()],
  ])('refuses a token with alg %s', async (_, make) => {
    await expect(verifier.verify(`Bearer ${await make()}`)).resolves.toMatchObject({
      status: 401,
      error: { code: 'algorithmNotAllowed' },
    });
  });

  it('refuses a tenant not served before it looks at scopes', async () => {
    const foreign = userClaims({ tid: fabrikam, iss: `${authorityHost}/${fabrikam}/v2.0`, scp: 'User.Read' });
    await expect(verify(foreign)).resolves.toMatchObject({ status: 403, error: { code: 'tenantNotServed' } });
  });

  it('accepts every tenant when allowedTenants is not given', async () => {
    const anyTenant = createApiTokenVerifier({
      authorityHost,
      audiences: [apiUri],
      keys: createLocalJWKSet(key.jwks),
      now: () => nowMs,
    });
    const token = await key.sign(userClaims({ tid: fabrikam, iss: `${authorityHost}/${fabrikam}/v2.0` }));
    await expect(anyTenant.verify(`Bearer ${token}`)).resolves.toMatchObject({ ok: true });
  });

  it('refuses more than one token in the header, and tokens far bigger than Entra issues', async () => {
    const token = await key.sign(userClaims());
    await expect(verifier.verify(`Bearer ${token} ${token}`)).resolves.toMatchObject({
      status: 401,
      error: { code: 'malformedHeader' },
    });
    const huge = await key.sign(userClaims({ padding: 'x'.repeat(20_000) }));
    await expect(verifier.verify(`Bearer ${huge}`)).resolves.toMatchObject({
      status: 401,
      error: { code: 'malformedToken' },
    });
  });

  it('keeps the WWW-Authenticate description within what RFC 6750 allows', async () => {
    const result = await verify(userClaims({ aud: 'api://"quoted"\\é' }));
    expect(result).toMatchObject({
      error: { code: 'wrongAudience', message: 'audience api://"quoted"\\é is not this API' },
      headers: {
        'www-authenticate':
          'Bearer error="invalid_token", error_description="audience api://quoted is not this API"',
      },
    });
  });

  it('needs at least one audience', () => {
    expect(() => createApiTokenVerifier({ authorityHost, audiences: [] })).toThrow(TypeError);
  });
});
