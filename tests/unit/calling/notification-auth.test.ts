import { generateSecret, SignJWT, UnsecuredJWT } from 'jose';
import {
  createCallingKeys,
  createNotificationAuth,
  type NotificationAuthOptions,
} from '../../../bot/calling';
import { appId, fakeMicrosoft, goodClaims, metadataUrl, nowMs, seconds, signingKey } from './signer-fixtures';

const tenantId = '11111111-1111-4111-8111-111111111111';

describe('authenticating a calling notification', () => {
  let calling: Awaited<ReturnType<typeof signingKey>>;
  let impostor: Awaited<ReturnType<typeof signingKey>>;

  beforeAll(async () => {
    calling = await signingKey('calling-1');
    impostor = await signingKey('impostor-1');
  });

  const auth = (options: Partial<NotificationAuthOptions> = {}) => {
    const microsoft = fakeMicrosoft(calling.jwks);
    const keys = createCallingKeys({ metadataUrl, fetch: microsoft.fetch, now: () => nowMs });
    return createNotificationAuth({ appId, keys, now: () => nowMs, ...options });
  };
  const bearer = async (claims = goodClaims()) => `Bearer ${await calling.sign(claims)}`;

  it('accepts a token of the calling signer, with its tid as the tenant', async () => {
    expect(await auth()(await bearer())).toEqual({ ok: true, tenantId });
  });

  it('accepts the other issuer Microsoft uses, https://graph.microsoft.com', async () => {
    expect(await auth()(await bearer(goodClaims({ iss: 'https://graph.microsoft.com' })))).toEqual({
      ok: true,
      tenantId,
    });
  });

  it('accepts a token that expired within the clock tolerance (300 s by default)', async () => {
    expect(await auth()(await bearer(goodClaims({ exp: seconds(-60) })))).toEqual({ ok: true, tenantId });
  });

  it('refuses the same token with no clock tolerance', async () => {
    const token = await bearer(goodClaims({ exp: seconds(-60) }));
    expect(await auth({ clockToleranceSeconds: 0 })(token)).toEqual({
      ok: false,
      status: 403,
      reason: 'expired',
    });
  });

  it('judges lifetime by the now() it is given', async () => {
    const token = await bearer();
    expect(await auth({ now: () => nowMs + 3_600_000 })(token)).toEqual({
      ok: false,
      status: 403,
      reason: 'expired',
    });
  });

  it.each([
    ['no header', undefined, 'missingToken'],
    ['an empty header', '  ', 'missingToken'],
    ['another scheme', 'Basic YWxhZGRpbjpvcGVuc2VzYW1l', 'malformedHeader'],
    ['Bearer alone', 'Bearer', 'malformedHeader'],
    ['two tokens', 'Bearer a.b.c d.e.f', 'malformedHeader'],
    ['a token that is not a JWT', 'Bearer not-a-jwt', 'malformedToken'],
    ['three parts that are not JSON', 'Bearer aaaa.bbbb.cccc', 'malformedToken'],
  ])('answers 401 for %s', async (_, header, reason) => {
    expect(await auth()(header)).toEqual({ ok: false, status: 401, reason });
  });

  it.each([
    ['expired beyond the tolerance', goodClaims({ exp: seconds(-600) }), 'expired'],
    ['not valid yet', goodClaims({ nbf: seconds(600) }), 'notYetValid'],
    ['for another audience', goodClaims({ aud: 'another-bot' }), 'wrongAudience'],
    ['from another issuer', goodClaims({ iss: 'https://login.botframework.com' }), 'wrongIssuer'],
    ['without tid', goodClaims({ tid: undefined }), 'missingTenant'],
    ['with an empty tid', goodClaims({ tid: '' }), 'missingTenant'],
    ['with a tid that is not a string', goodClaims({ tid: 42 }), 'missingTenant'],
    ['without exp', goodClaims({ exp: undefined }), 'invalidClaims'],
  ])('answers 403 for a token of the calling signer %s', async (_, claims, reason) => {
    expect(await auth()(await bearer(claims))).toEqual({ ok: false, status: 403, reason });
  });

  it("answers 403 for a token signed by another key under the calling key's kid", async () => {
    const token = await impostor.sign(goodClaims(), { kid: calling.kid });
    expect(await auth()(`Bearer ${token}`)).toEqual({ ok: false, status: 403, reason: 'badSignature' });
  });

  it('answers 403 for a token signed by a key the calling configuration does not list', async () => {
    expect(await auth()(`Bearer ${await impostor.sign(goodClaims())}`)).toEqual({
      ok: false,
      status: 403,
      reason: 'unknownKey',
    });
  });

  it('answers 403 for an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT(goodClaims()).encode();
    expect(await auth()(`Bearer ${token}`)).toEqual({
      ok: false,
      status: 403,
      reason: 'algorithmNotAllowed',
    });
  });

  it('answers 403 for a token signed with a shared secret (HS256)', async () => {
    const token = await new SignJWT(goodClaims())
      .setProtectedHeader({ alg: 'HS256', kid: calling.kid })
      .sign(await generateSecret('HS256'));
    expect(await auth()(`Bearer ${token}`)).toEqual({
      ok: false,
      status: 403,
      reason: 'algorithmNotAllowed',
    });
  });
});
