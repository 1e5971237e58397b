import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { bot, contoso, getJson, type ServedIdentity, serveIdentity } from './identity-fixtures';

describe('the bearer token of a calling notification, checked over HTTP as a bot would', () => {
  let served: ServedIdentity;
  beforeAll(async () => {
    served = await serveIdentity();
  });
  afterAll(() => served.close());

  const signerKeys = async () => {
    const metadata = await getJson<{ jwks_uri: string }>(
      `${served.url}/calling/v1/.well-known/OpenIdConfiguration`,
    );
    expect(metadata).toMatchObject({
      issuer: 'https://api.botframework.com',
      jwks_uri: `${served.url}/calling/v1/keys`,
    });
    return createRemoteJWKSet(new URL(metadata.jwks_uri));
  };

  it("verifies against the signer's published keys, for the bot's app id and tenant", async () => {
    const token = await served.identity.signNotification(bot.appId, contoso.id);
    const { payload, protectedHeader } = await jwtVerify(token, await signerKeys(), {
      issuer: 'https://api.botframework.com',
      audience: bot.appId,
      algorithms: ['RS256'],
    });
    expect(payload).toEqual({
      iss: 'https://api.botframework.com',
      aud: bot.appId,
      tid: contoso.id,
      iat: expect.any(Number),
      nbf: payload.iat,
      exp: (payload.iat ?? 0) + 300,
    });
    expect(protectedHeader).toEqual({ typ: 'JWT', alg: 'RS256', kid: expect.any(String) });
  });

  it('fails for another audience', async () => {
    const token = await served.identity.signNotification(bot.appId, contoso.id);
    await expect(
      jwtVerify(token, await signerKeys(), {
        issuer: 'https://api.botframework.com',
        audience: 'another-bot',
      }),
    ).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' });
  });

  it("fails against Entra's keys", async () => {
    const token = await served.identity.signNotification(bot.appId, contoso.id);
    const entra = await getJson<{ jwks_uri: string }>(
      `${served.url}/${contoso.id}/v2.0/.well-known/openid-configuration`,
    );
    expect(entra.jwks_uri).toBe(`${served.url}/${contoso.id}/discovery/v2.0/keys`);
    const entraKeys = createRemoteJWKSet(new URL(entra.jwks_uri));
    await expect(jwtVerify(token, entraKeys)).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
    expect(decodeProtectedHeader(token).kid).not.toBe(
      (await getJson<{ keys: [{ kid: string }] }>(entra.jwks_uri)).keys[0].kid,
    );
  });
});
