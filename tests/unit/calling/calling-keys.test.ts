import { createCallingKeys, createNotificationAuth, METADATA_REFRESH_MS } from '../../../bot/calling';
import { appId, fakeMicrosoft, goodClaims, metadataUrl, nowMs, signingKey } from './signer-fixtures';

const jwksUri = 'https://calling.test/v1/keys';
const tenantId = '11111111-1111-4111-8111-111111111111';

describe("the calling signer's keys", () => {
  let calling: Awaited<ReturnType<typeof signingKey>>;
  let rotated: Awaited<ReturnType<typeof signingKey>>;

  beforeAll(async () => {
    calling = await signingKey('calling-1');
    rotated = await signingKey('calling-2');
  });

  /** An authenticator over the fake Microsoft, with a clock the test moves. */
  const setup = () => {
    const microsoft = fakeMicrosoft(calling.jwks, jwksUri);
    const clock = { now: nowMs };
    const stale: unknown[] = [];
    const keys = createCallingKeys({
      metadataUrl,
      fetch: microsoft.fetch,
      now: () => clock.now,
      onStaleMetadata: (e) => stale.push(e),
    });
    // The tokens' lifetime is not what is tested here: judge them at nowMs whatever the keys' clock says.
    const authenticate = createNotificationAuth({ appId, keys, now: () => nowMs });
    return { microsoft, clock, stale, authenticate };
  };
  const token = async (key = calling) => `Bearer ${await key.sign(goodClaims())}`;

  it('reads the configuration and the key set once for many notifications', async () => {
    const { microsoft, authenticate } = setup();
    for (let i = 0; i < 3; i++) expect(await authenticate(await token())).toEqual({ ok: true, tenantId });
    expect(microsoft.requests).toEqual([metadataUrl, jwksUri]);
  });

  it('reads the configuration once for notifications arriving together', async () => {
    const { microsoft, authenticate } = setup();
    const bearer = await token();
    await Promise.all([authenticate(bearer), authenticate(bearer), authenticate(bearer)]);
    expect(microsoft.count(metadataUrl)).toBe(1);
  });

  it('re-reads the configuration after 2 hours, not before, and follows a new jwks_uri', async () => {
    const { microsoft, clock, authenticate } = setup();
    await authenticate(await token());
    clock.now += METADATA_REFRESH_MS - 1;
    await authenticate(await token());
    expect(microsoft.count(metadataUrl)).toBe(1);

    microsoft.reply(metadataUrl, { status: 200, body: { jwks_uri: 'https://calling.test/v2/keys' } });
    microsoft.reply('https://calling.test/v2/keys', { status: 200, body: rotated.jwks });
    clock.now += 1;
    expect(await authenticate(await token(rotated))).toEqual({ ok: true, tenantId });
    expect(microsoft.count(metadataUrl)).toBe(2);
  });

  it('keeps the last good configuration when a refresh fails, and tries again a minute later', async () => {
    const { microsoft, clock, stale, authenticate } = setup();
    await authenticate(await token());
    microsoft.reply(metadataUrl, { status: 500, body: {} });
    clock.now += METADATA_REFRESH_MS;
    expect(await authenticate(await token())).toEqual({ ok: true, tenantId });
    expect(stale).toHaveLength(1);
    expect(await authenticate(await token())).toEqual({ ok: true, tenantId });
    expect(microsoft.count(metadataUrl)).toBe(2);
    clock.now += 60_000;
    await authenticate(await token());
    expect(microsoft.count(metadataUrl)).toBe(3);
  });

  it.each([
    ['is unreachable', 'unreachable' as const],
    ['answers 500', { status: 500, body: { error: 'oops' } }],
    ['is not JSON', { status: 200, body: '<html>' }],
    ['has no jwks_uri', { status: 200, body: { issuer: 'https://api.botframework.com' } }],
  ])('fails closed with 503 when the configuration %s', async (_, reply) => {
    const { microsoft, authenticate } = setup();
    microsoft.reply(metadataUrl, reply);
    expect(await authenticate(await token())).toEqual({ ok: false, status: 503, reason: 'keysUnavailable' });
  });

  it.each([
    ['is unreachable', 'unreachable' as const],
    ['answers 404', { status: 404, body: {} }],
    ['is not a key set', { status: 200, body: { keys: 'none' } }],
  ])('fails closed with 503 when the key set %s', async (_, reply) => {
    const { microsoft, authenticate } = setup();
    microsoft.reply(jwksUri, reply);
    expect(await authenticate(await token())).toEqual({ ok: false, status: 503, reason: 'keysUnavailable' });
  });

  it('recovers once the configuration is back', async () => {
    const { microsoft, authenticate } = setup();
    microsoft.reply(metadataUrl, 'unreachable');
    expect(await authenticate(await token())).toMatchObject({ status: 503 });
    microsoft.reply(metadataUrl, { status: 200, body: { jwks_uri: jwksUri } });
    expect(await authenticate(await token())).toEqual({ ok: true, tenantId });
  });
});
