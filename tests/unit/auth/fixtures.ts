import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export const authorityHost = 'https://login.microsoftonline.com';
export const contoso = '11111111-1111-4111-8111-111111111111';
export const fabrikam = '22222222-2222-4222-8222-222222222222';
export const alice = 'c0000000-0000-4000-8000-00000000a11c';
export const apiClientId = 'fa11ba11-0000-4000-8000-00000000a9a1';
export const apiUri = `api://switchboard.test/${apiClientId}`;
export const nowMs = Date.UTC(2026, 10, 24, 10, 0, 0);
const nowSeconds = Math.floor(nowMs / 1000);

/** Seconds since the epoch at `nowMs` plus `delta`. */
export const seconds = (delta: number) => nowSeconds + delta;

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

/** The claims of a v2.0 user token Entra issues for the API at `nowMs`, for Alice of Contoso. */
export function userClaims(overrides: Record<string, unknown> = {}): JWTPayload {
  return {
    aud: apiUri,
    iss: `${authorityHost}/${contoso}/v2.0`,
    iat: seconds(0),
    nbf: seconds(0),
    exp: seconds(3600),
    azp: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
    name: 'Alice Agent',
    oid: alice,
    preferred_username: 'alice@contoso.com',
    scp: 'access_as_user',
    sub: 'pairwise-subject',
    tid: contoso,
    ver: '2.0',
    ...overrides,
  };
}
