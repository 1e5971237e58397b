import type { SigningKey } from './signing-key';
import { CALLING_ISSUER } from './well-known';

/** How long a notification's bearer token is valid: a few minutes, enough for one delivery and its retries. */
export const NOTIFICATION_TOKEN_LIFETIME_SECONDS = 300;

/**
 * Signs the bearer JWT for one calling notification POST, with the claims Microsoft documents for them:
 * `iss: https://api.botframework.com`, `aud` the bot's app id, `tid` the tenant, `iat`, `nbf`, `exp`.
 */
export function signNotificationToken(
  key: SigningKey,
  appId: string,
  tenantId: string,
  nowMs: number,
): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return key.sign({
    iss: CALLING_ISSUER,
    aud: appId,
    tid: tenantId,
    iat,
    nbf: iat,
    exp: iat + NOTIFICATION_TOKEN_LIFETIME_SECONDS,
  });
}
