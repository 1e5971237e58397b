import { type JWTVerifyGetKey, jwtVerify } from 'jose';
import { createCallingKeys } from './calling-keys';
import { type AuthRefusal, refusal, refusalFor } from './notification-auth.refusals';

/** The issuers Microsoft's sample accepts on calling notifications (the docs show the first). */
export const CALLING_ISSUERS: readonly string[] = [
  'https://api.botframework.com',
  'https://graph.microsoft.com',
];

/**
 * The outcome of checking one notification's bearer token: the tenant it is for, or why it is refused
 * and with which status (see {@link AuthRefusal}).
 */
export type AuthResult = { ok: true; tenantId: string } | ({ ok: false } & AuthRefusal);

/** Checks the `Authorization` header of one calling notification. */
export type AuthenticateNotification = (authorization: string | undefined) => Promise<AuthResult>;

/** How notifications are authenticated. */
export interface NotificationAuthOptions {
  /** The bot's Microsoft app id: the tokens' audience. */
  appId: string;
  /** Where the signing keys come from; defaults to `createCallingKeys({ metadataUrl })`. */
  keys?: JWTVerifyGetKey;
  /** `CALLING_OPENID_METADATA_URL`, used when `keys` is not given. */
  metadataUrl?: string;
  issuers?: readonly string[];
  /** Allowed clock difference for `nbf`/`exp`, in seconds; 300 as in .NET's default the samples run with. */
  clockToleranceSeconds?: number;
  /** Wall-clock ms; time is an input. */
  now?: () => number;
}

/** Three base64url parts; the signature may be empty (`alg: none`), which is then refused as an algorithm. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Authenticates calling notifications as Microsoft documents it: an RS256 bearer JWT signed by a key of the
 * calling OpenID configuration, issuer `https://api.botframework.com` (or `https://graph.microsoft.com`),
 * audience the bot's app id, within `nbf`/`exp`, with a non-empty `tid` that becomes the tenant.
 * Fails closed: when the keys can't be fetched the answer is 503, never a pass.
 * @example
 * const authenticate = createNotificationAuth({ appId: env.botId, metadataUrl: env.callingOpenIdMetadataUrl });
 * const result = await authenticate(req.headers.authorization);
 * if (!result.ok) return { status: result.status };
 */
export function createNotificationAuth(options: NotificationAuthOptions): AuthenticateNotification {
  const keys = options.keys ?? createCallingKeys({ metadataUrl: options.metadataUrl });
  const issuers = [...(options.issuers ?? CALLING_ISSUERS)];
  const clockTolerance = options.clockToleranceSeconds ?? 300;
  const now = options.now ?? Date.now;
  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return refusal('missingToken');
    const [scheme, token, ...extra] = authorization.trim().split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || token === undefined || extra.length > 0)
      return refusal('malformedHeader');
    if (!COMPACT_JWS.test(token)) return refusal('malformedToken');
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer: issuers,
        audience: options.appId,
        requiredClaims: ['exp', 'tid'],
        clockTolerance,
        currentDate: new Date(now()),
      });
      const tenantId = payload.tid;
      if (typeof tenantId !== 'string' || tenantId.trim() === '') return refusal('missingTenant');
      return { ok: true, tenantId };
    } catch (error) {
      return refusalFor(error);
    }
  };
}
