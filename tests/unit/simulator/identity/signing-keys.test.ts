import { calculateJwkThumbprint, decodeProtectedHeader } from 'jose';
import { appToken, bot, call, contoso, makeIdentity, tokenForm } from './identity-fixtures';

const rsaJwk = {
  kty: 'RSA',
  n: expect.stringMatching(/^[\w-]{340,}$/),
  e: 'AQAB',
  kid: expect.any(String),
  use: 'sig',
  alg: 'RS256',
};

describe('the signing keys', () => {
  it('publishes one RS256 signing key each for Entra and for the calling signer', async () => {
    const { identity } = await makeIdentity();
    const entra = (await call(identity, 'GET', `/${contoso.id}/discovery/v2.0/keys`)).body;
    const calling = (await call(identity, 'GET', '/calling/v1/keys')).body;
    expect(entra).toEqual({ keys: [rsaJwk] });
    expect(calling).toEqual({ keys: [rsaJwk] });
  });

  it('keeps the two keys apart: different key material and kid, each token naming its own', async () => {
    const { identity } = await makeIdentity();
    const [entraKey] = ((await call(identity, 'GET', '/common/discovery/v2.0/keys')).body as { keys: [Jwk] })
      .keys;
    const [callingKey] = ((await call(identity, 'GET', '/calling/v1/keys')).body as { keys: [Jwk] }).keys;
    expect(callingKey.n).not.toBe(entraKey.n);
    expect(callingKey.kid).not.toBe(entraKey.kid);
    expect(entraKey.kid).toBe(await calculateJwkThumbprint(entraKey));
    expect(decodeProtectedHeader(await appToken(identity, contoso.id, tokenForm(bot))).kid).toBe(
      entraKey.kid,
    );
    expect(decodeProtectedHeader(await identity.signNotification(bot.appId, contoso.id)).kid).toBe(
      callingKey.kid,
    );
  });

  it('generates new keys for each identity', async () => {
    const first = await makeIdentity();
    const second = await makeIdentity();
    const kid = async (i: typeof first) =>
      ((await call(i.identity, 'GET', '/calling/v1/keys')).body as { keys: [Jwk] }).keys[0].kid;
    expect(await kid(second)).not.toBe(await kid(first));
  });
});

interface Jwk {
  kty: string;
  n: string;
  e: string;
  kid: string;
}
