import { createEntraKeys, EntraKeysUnavailableError } from '../../../bot/auth';
import { authorityHost, signingKey } from './fixtures';

/** Entra's common key set behind a `fetch` that counts requests and can be told to fail. */
function fakeEntra(jwks: unknown) {
  const requests: string[] = [];
  let reply: { status: number; body: unknown } | 'unreachable' = { status: 200, body: jwks };
  const fetchImpl = (async (input: string | URL | Request) => {
    requests.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (reply === 'unreachable') throw new TypeError('fetch failed');
    return new Response(JSON.stringify(reply.body), { status: reply.status });
  }) as typeof fetch;
  return {
    fetch: fetchImpl,
    requests,
    answer: (next: typeof reply) => {
      reply = next;
    },
  };
}

describe('createEntraKeys', () => {
  it('reads the common key set once, whatever tenant the tokens name', async () => {
    const key = await signingKey('k1');
    const entra = fakeEntra(key.jwks);
    const keys = createEntraKeys({ authorityHost: `${authorityHost}/`, fetch: entra.fetch });
    const header = { alg: 'RS256', kid: 'k1' };
    await expect(keys(header, { payload: '', signature: '' })).resolves.toBeDefined();
    await expect(keys(header, { payload: '', signature: '' })).resolves.toBeDefined();
    expect(entra.requests).toEqual([`${authorityHost}/common/discovery/v2.0/keys`]);
  });

  it.each([
    ['unreachable', 'unreachable' as const],
    ['not 200', { status: 503, body: {} }],
  ])('throws EntraKeysUnavailableError when the key set is %s', async (_, reply) => {
    const entra = fakeEntra({ keys: [] });
    entra.answer(reply);
    const keys = createEntraKeys({ authorityHost, fetch: entra.fetch });
    const attempt = keys({ alg: 'RS256', kid: 'k1' }, { payload: '', signature: '' });
    await expect(attempt).rejects.toBeInstanceOf(EntraKeysUnavailableError);
    await expect(attempt).rejects.toMatchObject({ jwksUri: `${authorityHost}/common/discovery/v2.0/keys` });
  });
});
