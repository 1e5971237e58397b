import { generateKeyPair, SignJWT } from 'jose';
import {
  agent,
  appToken,
  baseUrl,
  bot,
  contoso,
  makeIdentity,
  partner,
  tokenForm,
} from './identity-fixtures';

const challenge = `Bearer realm="", authorization_uri="${baseUrl}/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`;

/** Asserts Graph's 401 with `message`, its error body and its WWW-Authenticate challenge. */
function expectRefusal(result: unknown, message: string) {
  expect(result).toEqual({
    ok: false,
    response: {
      status: 401,
      headers: { 'request-id': expect.any(String), 'www-authenticate': challenge },
      body: {
        error: {
          code: 'InvalidAuthenticationToken',
          message,
          innerError: {
            date: expect.any(String),
            'request-id': expect.any(String),
            'client-request-id': expect.any(String),
          },
        },
      },
    },
  });
}

describe("checking a Graph request's bearer token", () => {
  it('accepts an app token of this Entra for Graph and names its app, tenant and roles', async () => {
    const { identity } = await makeIdentity();
    const token = await appToken(identity, contoso.id, tokenForm(partner));
    expect(await identity.verifyGraphToken(`Bearer ${token}`)).toEqual({
      ok: true,
      appId: partner.appId,
      tenantId: contoso.id,
      roles: expect.arrayContaining(['Calls.Initiate.All', 'Presence.Read.All']),
    });
  });

  it("accepts a token whose audience is Graph's app id", async () => {
    const { identity } = await makeIdentity();
    const scope = '00000003-0000-0000-c000-000000000000/.default';
    const token = await appToken(identity, contoso.id, tokenForm(bot, { scope }));
    expect(await identity.verifyGraphToken(`Bearer ${token}`)).toMatchObject({ ok: true, appId: bot.appId });
  });

  it.each([
    ['no Authorization header', undefined],
    ['an empty bearer', 'Bearer '],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
  ])('refuses %s as an empty token', async (_, authorization) => {
    const { identity } = await makeIdentity();
    expectRefusal(await identity.verifyGraphToken(authorization), 'Access token is empty.');
  });

  it.each([['not-a-jwt'], ['a.b.c']])('refuses a malformed token (%s) as unparseable', async (token) => {
    const { identity } = await makeIdentity();
    expectRefusal(
      await identity.verifyGraphToken(`Bearer ${token}`),
      'CompactToken parsing failed with error code: 80049217',
    );
  });

  it('refuses a token once it is expired (past the 5-minute skew)', async () => {
    const { identity, clock } = await makeIdentity();
    const token = await appToken(identity, contoso.id, tokenForm(bot));
    clock.nowMs += (3599 + 301) * 1000;
    expectRefusal(
      await identity.verifyGraphToken(`Bearer ${token}`),
      'Lifetime validation failed, the token is expired.',
    );
  });

  it('refuses a token for another resource as an invalid audience', async () => {
    const { identity } = await makeIdentity();
    const token = await appToken(
      identity,
      contoso.id,
      tokenForm(bot, { scope: 'api://switchboard/.default' }),
    );
    expectRefusal(
      await identity.verifyGraphToken(`Bearer ${token}`),
      'Access token validation failure. Invalid audience.',
    );
  });

  it("refuses a token signed by the calling signer's key (unknown to Entra)", async () => {
    const { identity } = await makeIdentity();
    const token = await identity.signNotification('https://graph.microsoft.com', contoso.id);
    expectRefusal(await identity.verifyGraphToken(`Bearer ${token}`), 'Signing key is invalid.');
  });

  it("refuses a token signed by a foreign key posing with Entra's kid", async () => {
    const { identity } = await makeIdentity();
    const genuine = await appToken(identity, contoso.id, tokenForm(bot));
    const [header, payload] = genuine.split('.');
    const kid = JSON.parse(Buffer.from(header ?? '', 'base64url').toString()).kid;
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()))
      .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid })
      .sign(privateKey);
    expectRefusal(await identity.verifyGraphToken(`Bearer ${forged}`), 'Signature is invalid.');
  });

  it('refuses a user token, which is not for Graph', async () => {
    const { identity } = await makeIdentity();
    const user = await identity.issueUserToken(agent.id, 'https://graph.microsoft.com');
    expectRefusal(
      await identity.verifyGraphToken(`Bearer ${user!.access_token}`),
      'Access token validation failure. Invalid issuer.',
    );
  });
});
