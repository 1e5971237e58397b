import { createRemoteJWKSet, jwtVerify } from 'jose';
import { bot, contoso, getJson, type ServedIdentity, serveIdentity } from './identity-fixtures';

describe('Entra served over real HTTP', () => {
  let served: ServedIdentity;
  beforeAll(async () => {
    served = await serveIdentity();
  });
  afterAll(() => served.close());

  it('grants a url-encoded client credentials request whose token verifies against the remote JWKS', async () => {
    const res = await fetch(`${served.url}/${contoso.id}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: bot.appId,
        client_secret: bot.appSecret,
        scope: 'https://graph.microsoft.com/.default',
      }),
    });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    const metadata = await getJson<{ jwks_uri: string }>(
      `${served.url}/${contoso.id}/v2.0/.well-known/openid-configuration`,
    );
    expect(metadata).toMatchObject({
      issuer: `${served.url}/${contoso.id}/v2.0`,
      token_endpoint: `${served.url}/${contoso.id}/oauth2/v2.0/token`,
    });
    const { payload } = await jwtVerify(access_token, createRemoteJWKSet(new URL(metadata.jwks_uri)), {
      issuer: `https://sts.windows.net/${contoso.id}/`,
      audience: 'https://graph.microsoft.com',
    });
    expect(payload.appid).toBe(bot.appId);
    await expect(served.identity.verifyGraphToken(`Bearer ${access_token}`)).resolves.toMatchObject({
      ok: true,
    });
  });

  it("answers a wrong secret with Entra's 401 and JSON error body", async () => {
    const res = await fetch(`${served.url}/${contoso.id}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: bot.appId,
        client_secret: 'wrong',
        scope: 'https://graph.microsoft.com/.default',
      }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'invalid_client', error_codes: [7000215] });
  });
});
