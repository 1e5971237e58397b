import { createLocalJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { graphError } from '../http/graph-error';
import type { SimResponse } from '../http/types';
import type { SigningKey } from './signing-key';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from './well-known';

/** The caller of a Graph request, or Graph's 401 for its token. The per-call tenant check (403) is the caller's. */
export type GraphCaller =
  | { ok: true; appId: string; tenantId: string; roles: string[] }
  | { ok: false; response: SimResponse };

/** What the check needs: Entra's key, the base URL (for `WWW-Authenticate`) and the clock. */
export interface GraphTokenCheckDeps {
  key: SigningKey;
  baseUrl: () => string;
  now: () => number;
}

/** Clock skew Graph tolerates on `nbf` and `exp`. */
const CLOCK_SKEW_SECONDS = 300;

/**
 * Returns the check of a Graph request's Authorization header: a bearer app-only token signed by this Entra,
 * for `https://graph.microsoft.com` (or Graph's app id), issued by `https://sts.windows.net/{tid}/`, unexpired.
 * Refusals are 401 `InvalidAuthenticationToken` with the messages Graph gives for each cause.
 */
export function createGraphTokenCheck(
  deps: GraphTokenCheckDeps,
): (authorization: string | undefined) => Promise<GraphCaller> {
  const jwks = createLocalJWKSet(deps.key.jwks);
  const refuse = (message: string): GraphCaller => ({
    ok: false,
    response: graphError(401, 'InvalidAuthenticationToken', message, {
      'www-authenticate': `Bearer realm="", authorization_uri="${deps.baseUrl()}/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`,
    }),
  });
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return refuse('Access token is empty.');
    if (token.split('.').length !== 3) return refuse('CompactToken parsing failed with error code: 80049217');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        algorithms: ['RS256'],
        audience: [GRAPH_RESOURCE, GRAPH_APP_ID],
        currentDate: new Date(deps.now()),
        clockTolerance: CLOCK_SKEW_SECONDS,
      }));
    } catch (error) {
      return refuse(refusalMessage(error));
    }
    const { tid, appid, idtyp, iss, roles } = payload;
    if (typeof tid !== 'string' || iss !== `https://sts.windows.net/${tid}/`)
      return refuse('Access token validation failure. Invalid issuer.');
    if (idtyp !== 'app' || typeof appid !== 'string') return refuse('Access token validation failure.');
    const granted = Array.isArray(roles)
      ? roles.filter((role): role is string => typeof role === 'string')
      : [];
    return { ok: true, appId: appid, tenantId: tid, roles: granted };
  };
}

/** Graph's message for a token jose refused; anything that is not a token fault is rethrown. */
function refusalMessage(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Lifetime validation failed, the token is expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'Access token validation failure. Invalid audience.';
    if (error.claim === 'nbf') return 'Lifetime validation failed, the token is not yet valid.';
    return 'Access token validation failure.';
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'Signing key is invalid.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'Signature is invalid.';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return 'CompactToken parsing failed with error code: 80049217';
  if (error instanceof errors.JOSEError) return 'Access token validation failure.';
  throw error;
}
