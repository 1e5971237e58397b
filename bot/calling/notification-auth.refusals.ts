import { errors } from 'jose';
import { CallingKeysUnavailableError } from './calling-keys';

/**
 * Each reason a token is refused for, with the status that says so:
 * - 401 when there is no usable credential (no header, not `Bearer <jwt>`, not a JWT);
 * - 403 when a token was presented and is not acceptable (signature, key, lifetime, issuer, audience, tenant);
 * - 503 when the signing keys can't be fetched: the request may be fine, but it is not accepted unchecked.
 * Microsoft's sample answers 403 to all of the first two; 401 for a missing credential is HTTP's meaning.
 */
const STATUS = {
  missingToken: 401,
  malformedHeader: 401,
  malformedToken: 401,
  badSignature: 403,
  unknownKey: 403,
  algorithmNotAllowed: 403,
  expired: 403,
  notYetValid: 403,
  wrongIssuer: 403,
  wrongAudience: 403,
  missingTenant: 403,
  invalidClaims: 403,
  keysUnavailable: 503,
} as const;

/** Every reason a token can be refused for. */
export type AuthRefusalReason = keyof typeof STATUS;

/** A refusal: its reason and the status that goes with it (`{ status: 401, reason: 'missingToken' }`…). */
export type AuthRefusal = {
  [R in AuthRefusalReason]: { status: (typeof STATUS)[R]; reason: R };
}[AuthRefusalReason];

/** The refusal for a reason, with its status. */
export function refusal(reason: AuthRefusalReason): { ok: false } & AuthRefusal {
  // Sound by construction: the status is read from the table the AuthRefusal type is derived from.
  return { ok: false, status: STATUS[reason], reason } as { ok: false } & AuthRefusal;
}

/** A claim that is present but fails its check; a missing or ill-typed claim is `invalidClaims` (but `tid`). */
const FAILED_CHECK: Record<string, AuthRefusalReason> = {
  iss: 'wrongIssuer',
  aud: 'wrongAudience',
  nbf: 'notYetValid',
  exp: 'expired',
};

/** Maps what jose (or the key source) threw to a refusal; anything unexpected is rethrown, never accepted. */
export function refusalFor(error: unknown): { ok: false } & AuthRefusal {
  if (error instanceof CallingKeysUnavailableError) return refusal('keysUnavailable');
  if (error instanceof errors.JWTExpired) return refusal('expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'tid') return refusal('missingTenant');
    return refusal((error.reason === 'check_failed' && FAILED_CHECK[error.claim]) || 'invalidClaims');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return refusal('badSignature');
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
    return refusal('unknownKey');
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return refusal('algorithmNotAllowed');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return refusal('malformedToken');
  throw error;
}
