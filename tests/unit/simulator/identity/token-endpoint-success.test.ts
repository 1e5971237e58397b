import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { Identity } from '../../../../simulator/identity';
import {
  appToken,
  bot,
  call,
  contoso,
  fabrikam,
  makeIdentity,
  partner,
  type TestClock,
  tokenForm,
} from './identity-fixtures';

const graphRoles = [
  'Calls.Initiate.All',
  'Calls.InitiateGroupCall.All',
  'Calls.JoinGroupCall.All',
  'Calls.AccessMedia.All',
  'Presence.Read.All',
  'User.Read.All',
];

describe('the token endpoint, client credentials granted', () => {
  let identity: Identity;
  let clock: TestClock;
  beforeAll(async () => {
    ({ identity, clock } = await makeIdentity());
  });

  it("answers Entra's success body with a bearer token valid for 3599 seconds", async () => {
    const res = await call(identity, 'POST', `/${contoso.id}/oauth2/v2.0/token`, { body: tokenForm(bot) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      token_type: 'Bearer',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
    });
    expect(res.headers).toMatchObject({ 'cache-control': 'no-store, no-cache' });
  });

  it('issues a Graph app token shaped like an Entra v1.0 token', async () => {
    const token = await appToken(identity, contoso.id, tokenForm(bot));
    const iat = Math.floor(clock.nowMs / 1000);
    expect(decodeProtectedHeader(token)).toEqual({ typ: 'JWT', alg: 'RS256', kid: expect.any(String) });
    const claims = decodeJwt(token);
    expect(claims).toEqual({
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${contoso.id}/`,
      iat,
      nbf: iat,
      exp: iat + 3599,
      appid: bot.appId,
      appidacr: '1',
      idp: `https://sts.windows.net/${contoso.id}/`,
      idtyp: 'app',
      oid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      rh: expect.any(String),
      roles: graphRoles,
      sub: claims.oid,
      tid: contoso.id,
      uti: expect.stringMatching(/^[\w-]{22}$/),
      ver: '1.0',
    });
  });

  it('keeps the service principal id stable per app and tenant, and gives each token its own uti', async () => {
    const first = decodeJwt(await appToken(identity, contoso.id, tokenForm(partner)));
    const again = decodeJwt(await appToken(identity, contoso.id, tokenForm(partner)));
    const elsewhere = decodeJwt(await appToken(identity, fabrikam.id, tokenForm(partner)));
    expect(again.oid).toBe(first.oid);
    expect(again.uti).not.toBe(first.uti);
    expect(elsewhere.oid).not.toBe(first.oid);
    expect(elsewhere).toMatchObject({ tid: fabrikam.id, iss: `https://sts.windows.net/${fabrikam.id}/` });
  });

  it("gives a token for another resource that resource's audience and no Graph roles", async () => {
    const token = await appToken(
      identity,
      contoso.id,
      tokenForm(bot, { scope: 'api://switchboard/.default' }),
    );
    const claims = decodeJwt(token);
    expect(claims.aud).toBe('api://switchboard');
    expect(claims.roles).toBeUndefined();
  });

  it("takes Graph's app id as the resource and makes it the audience", async () => {
    const scope = '00000003-0000-0000-c000-000000000000/.default';
    const claims = decodeJwt(await appToken(identity, contoso.id, tokenForm(bot, { scope })));
    expect(claims).toMatchObject({ aud: '00000003-0000-0000-c000-000000000000', roles: graphRoles });
  });

  it('accepts the client credentials in an HTTP Basic header (client_secret_basic)', async () => {
    const basic = Buffer.from(`${bot.appId}:${encodeURIComponent(bot.appSecret)}`).toString('base64');
    const body = tokenForm(bot, { client_id: undefined, client_secret: undefined });
    const res = await call(identity, 'POST', `/${contoso.id}/oauth2/v2.0/token`, {
      body,
      headers: { authorization: `Basic ${basic}` },
    });
    expect(res.status).toBe(200);
    expect(decodeJwt((res.body as { access_token: string }).access_token).appid).toBe(bot.appId);
  });

  it('finds the tenant and app whatever the case of their ids', async () => {
    const form = tokenForm(bot, { client_id: bot.appId.toUpperCase() });
    const claims = decodeJwt(await appToken(identity, contoso.id.toUpperCase(), form));
    expect(claims).toMatchObject({ tid: contoso.id, appid: bot.appId });
  });
});
