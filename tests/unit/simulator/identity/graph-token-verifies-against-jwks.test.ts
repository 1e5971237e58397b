import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import type { Identity } from '../../../../simulator/identity';
import { appToken, baseUrl, bot, call, contoso, makeIdentity, tokenForm } from './identity-fixtures';

describe('a Graph app token from the token endpoint', () => {
  let identity: Identity;
  beforeAll(async () => {
    ({ identity } = await makeIdentity());
  });

  it("verifies with jose against the JWKS named by the tenant's OpenID configuration", async () => {
    const token = await appToken(identity, contoso.id, tokenForm(bot));
    const metadata = await call(identity, 'GET', `/${contoso.id}/v2.0/.well-known/openid-configuration`);
    const jwksUri = (metadata.body as { jwks_uri: string }).jwks_uri;
    expect(jwksUri).toBe(`${baseUrl}/${contoso.id}/discovery/v2.0/keys`);
    const keys = await call(identity, 'GET', new URL(jwksUri).pathname);
    const { payload } = await jwtVerify(token, createLocalJWKSet(keys.body as JSONWebKeySet), {
      issuer: `https://sts.windows.net/${contoso.id}/`,
      audience: 'https://graph.microsoft.com',
      algorithms: ['RS256'],
    });
    expect(payload).toMatchObject({ appid: bot.appId, tid: contoso.id });
  });

  it('verifies against the common JWKS too, which publishes the same key', async () => {
    const token = await appToken(identity, contoso.id, tokenForm(bot));
    const keys = await call(identity, 'GET', '/common/discovery/v2.0/keys');
    await expect(jwtVerify(token, createLocalJWKSet(keys.body as JSONWebKeySet))).resolves.toBeDefined();
  });

  it('does not verify against the calling signer JWKS', async () => {
    const token = await appToken(identity, contoso.id, tokenForm(bot));
    const keys = await call(identity, 'GET', '/calling/v1/keys');
    await expect(jwtVerify(token, createLocalJWKSet(keys.body as JSONWebKeySet))).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
  });
});
