/**
 * Each reason a token is refused for, with its status (RFC 6750 §3.1):
 * - 401 `invalid_token` when there is no usable credential: no header, not `Bearer <jwt>`, or a token that
 *   is not a valid Entra v2.0 token for this API (signature, key, lifetime, issuer, audience, version, claims);
 * - 403 when the token is valid but may not act here: app-only, missing `access_as_user`, a tenant the
 *   deployment does not serve.
 */
const STATUS = {
  missingToken: 401,
  malformedHeader: 401,
  malformedToken: 401,
  algorithmNotAllowed: 401,
  unknownKey: 401,
  badSignature: 401,
  expired: 401,
  notYetValid: 401,
  wrongAudience: 401,
  wrongVersion: 401,
  wrongIssuer: 401,
  invalidClaims: 401,
  appOnlyToken: 403,
  missingScope: 403,
  tenantNotServed: 403,
} as const;

/** Every reason a token can be refused for; also the `error.code` of the refusal's body. */
export type ApiTokenRefusalCode = keyof typeof STATUS;

/**
 * A refused token: the status, the body's `{ code, message }` and the headers to send (`WWW-Authenticate`).
 * The message says what was wrong and never contains the token.
 */
export type ApiTokenRefusal = {
  [C in ApiTokenRefusalCode]: {
    ok: false;
    status: (typeof STATUS)[C];
    error: { code: C; message: string };
    headers: { 'www-authenticate': string };
  };
}[ApiTokenRefusalCode];

/** The refusal for a code, with its status, message and `WWW-Authenticate` challenge. */
export function refuse(code: ApiTokenRefusalCode, message: string): ApiTokenRefusal {
  // Sound by construction: the status is read from the table the ApiTokenRefusal type is derived from.
  return {
    ok: false,
    status: STATUS[code],
    error: { code, message },
    headers: { 'www-authenticate': challenge(code, message) },
  } as ApiTokenRefusal;
}

/**
 * RFC 6750's challenge: bare `Bearer` when no credential came (§3.1: no error code then), `invalid_token` for
 * a 401, `insufficient_scope` with the scope for a token without it, and `Bearer` for other 403s.
 */
function challenge(code: ApiTokenRefusalCode, message: string): string {
  if (code === 'missingToken') return 'Bearer';
  const description = `error_description="${headerSafe(message)}"`;
  if (STATUS[code] === 401) return `Bearer error="invalid_token", ${description}`;
  if (code === 'missingScope' || code === 'appOnlyToken')
    return `Bearer error="insufficient_scope", scope="${ACCESS_AS_USER}", ${description}`;
  return 'Bearer';
}

/** The delegated scope the tab asks for: `api://…/access_as_user`, seen in `scp` as `access_as_user`. */
export const ACCESS_AS_USER = 'access_as_user';

/** RFC 6750 allows only %x20-21 / %x23-5B / %x5D-7E in `error_description`. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '');
}

/** A claim value from the token as a message shows it, cut short so a message stays a message. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
