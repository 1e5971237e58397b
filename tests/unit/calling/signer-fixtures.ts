import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export const appId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const metadataUrl = 'https://calling.test/v1/.well-known/OpenIdConfiguration';
export const nowMs = Date.UTC(2026, 10, 24, 10, 0, 0);
const nowSeconds = Math.floor(nowMs / 1000);

/** An RS256 key with the JWKS that publishes it and a signer for tokens naming it by `kid`. */
export async function signingKey(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  return {
    kid,
    jwks: { keys: [jwk] },
    sign: (claims: JWTPayload, header: Record<string, unknown> = {}) =>
      new SignJWT(claims).setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid, ...header }).sign(privateKey),
  };
}

/** The claims of a good calling notification token at `nowMs`. */
export function goodClaims(overrides: Record<string, unknown> = {}): JWTPayload {
  return {
    iss: 'https://api.botframework.com',
    aud: appId,
    tid: '11111111-1111-4111-8111-111111111111',
    iat: nowSeconds,
    nbf: nowSeconds,
    exp: nowSeconds + 300,
    ...overrides,
  };
}

/** Seconds since the epoch at `nowMs` plus `delta`. */
export const seconds = (delta: number) => nowSeconds + delta;

type Reply = { status: number; body: unknown } | 'unreachable';

/**
 * Microsoft's calling OpenID configuration and key sets, in memory, behind a `fetch`: what each URL answers
 * can be changed between calls, and every request is counted.
 */
export function fakeMicrosoft(jwks: unknown, jwksUri = 'https://calling.test/v1/keys') {
  const replies = new Map<string, Reply>([
    [metadataUrl, { status: 200, body: { issuer: 'https://api.botframework.com', jwks_uri: jwksUri } }],
    [jwksUri, { status: 200, body: jwks }],
  ]);
  const requests: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push(url);
    const reply = replies.get(url);
    if (reply === 'unreachable') throw new TypeError('fetch failed');
    if (!reply) return new Response('not found', { status: 404 });
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(body, { status: reply.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return {
    fetch: fetchImpl,
    requests,
    count: (url: string) => requests.filter((r) => r === url).length,
    reply: (url: string, reply: Reply) => replies.set(url, reply),
  };
}
