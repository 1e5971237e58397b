import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { type ApiUser, checkUserClaims } from './api-token.claims';
import { type ApiTokenRefusal, refuse, shown } from './api-token.refusals';
import { createEntraKeys, EntraKeysUnavailableError, normalizeAuthorityHost } from './entra-keys';

/** A verified caller of the Switchboard API, or why the token is refused (401 or 403, see the refusals). */
export type ApiTokenResult = { ok: true; user: ApiUser } | ApiTokenRefusal;

/**
 * Checks the `Authorization` header of one API request. Resolves with a result for every token; rejects only
 * with {@link EntraKeysUnavailableError} (Entra's keys unreachable: the edge answers 503).
 */
export interface ApiTokenVerifier {
  verify(authorization: string | undefined): Promise<ApiTokenResult>;
}

/** How API tokens are verified. */
export interface ApiTokenVerifierOptions {
  /** `AUTHORITY_HOST`: `https://login.microsoftonline.com` or the simulator's URL; issuer and keys derive from it. */
  authorityHost: string;
  /** The API's app id URI (`api://…`) and client id: a token for anything else is refused. */
  audiences: string[];
  /** The tenants the deployment serves (the configured ones); omitted, every tenant is accepted. */
  allowedTenants?: (tenantId: string) => boolean;
  /** Allowed clock difference for `nbf`/`exp`, in seconds; 300 as Microsoft.IdentityModel's default. */
  clockToleranceSeconds?: number;
  /** Signing keys; defaults to Entra's common key set, `createEntraKeys({ authorityHost })`. */
  keys?: JWTVerifyGetKey;
  /** Wall-clock ms; time is an input. */
  now?: () => number;
}

/** Three base64url parts; an empty signature (`alg: none`) is refused as an algorithm. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Entra access tokens are a few kB; anything far bigger is not one, and is not parsed. */
const MAX_TOKEN_LENGTH = 16_384;

/**
 * Verifies the Entra v2.0 user tokens a tab sends to the Switchboard API: `Bearer` scheme, RS256 signed by
 * one of Entra's keys, `aud` one of `audiences`, within `nbf`/`exp` (with skew), `ver` 2.0, `iss`
 * `${authorityHost}/${tid}/v2.0` for the token's own `tid`, a delegated token with scope `access_as_user`
 * (app-only tokens are refused), from a tenant the deployment serves.
 * @example
 * const verifier = createApiTokenVerifier({
 *   authorityHost: env.authorityHost,
 *   audiences: [`api://${env.apiClientId}`, env.apiClientId],
 *   allowedTenants: (tid) => tenants.has(tid),
 * });
 * const result = await verifier.verify(req.headers.authorization);
 * if (!result.ok) return { status: result.status, headers: result.headers, body: { error: result.error } };
 */
export function createApiTokenVerifier(options: ApiTokenVerifierOptions): ApiTokenVerifier {
  if (options.audiences.length === 0)
    throw new TypeError('createApiTokenVerifier needs at least one audience');
  const authorityHost = normalizeAuthorityHost(options.authorityHost);
  const keys = options.keys ?? createEntraKeys({ authorityHost });
  const rules = { authorityHost, allowedTenants: options.allowedTenants ?? (() => true) };
  const clockTolerance = options.clockToleranceSeconds ?? 300;
  const now = options.now ?? Date.now;
  return {
    async verify(authorization) {
      if (authorization === undefined || authorization.trim() === '')
        return refuse('missingToken', 'the request has no Authorization header; send Bearer <token>');
      const [scheme = '', token, ...extra] = authorization.trim().split(/\s+/);
      if (scheme.toLowerCase() !== 'bearer')
        return refuse('malformedHeader', `Authorization scheme ${shown(scheme)} is not Bearer`);
      if (token === undefined || extra.length > 0)
        return refuse('malformedHeader', 'Authorization is not of the form Bearer <token>');
      if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token))
        return refuse('malformedToken', 'the bearer token is not a JWT');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          audience: options.audiences,
          requiredClaims: ['exp'],
          clockTolerance,
          currentDate: new Date(now()),
        }));
      } catch (error) {
        return refusalFor(error);
      }
      return checkUserClaims(payload, rules);
    },
  };
}

/** Maps what jose threw to a refusal; key-fetch failures and anything unexpected are rethrown, never accepted. */
function refusalFor(error: unknown): ApiTokenRefusal {
  if (error instanceof EntraKeysUnavailableError) throw error;
  if (error instanceof errors.JWTExpired)
    return refuse('expired', `token expired at ${instant(error.payload.exp)}`);
  if (error instanceof errors.JWTClaimValidationFailed) {
    const { claim, reason, payload } = error;
    if (reason === 'missing') return refuse('invalidClaims', `token has no ${claim} claim`);
    if (claim === 'aud') return refuse('wrongAudience', `audience ${shown(payload.aud)} is not this API`);
    if (claim === 'nbf') return refuse('notYetValid', `token is not valid before ${instant(payload.nbf)}`);
    return refuse('invalidClaims', `token claim ${claim} is invalid`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return refuse('badSignature', "token signature does not verify with Entra's signing key");
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return refuse('unknownKey', 'token is signed with a key Entra does not publish');
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return refuse('algorithmNotAllowed', 'token is not signed with RS256');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return refuse('malformedToken', 'the bearer token is not a JWT');
  throw error;
}

/** A NumericDate as ISO 8601, or what the token had instead. */
function instant(seconds: unknown): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : shown(seconds);
}
