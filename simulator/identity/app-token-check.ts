import { createLocalJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { SigningKey } from './signing-key';

/** The app behind a valid app-only token, or why it was refused. */
export type AppCaller = { ok: true; appId: string; tenantId: string } | { ok: false; reason: string };

/**
 * Returns a check of an `Authorization` header against this Entra for one resource (`aud`), as Microsoft's
 * services other than Graph do it (the Bot Framework Connector: `https://api.botframework.com`).
 */
export function createAppTokenCheck(
  key: SigningKey,
  now: () => number,
): (authorization: string | undefined, audience: string) => Promise<AppCaller> {
  const jwks = createLocalJWKSet(key.jwks);
  return async (authorization, audience) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, reason: 'no bearer token' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        algorithms: ['RS256'],
        audience,
        currentDate: new Date(now()),
        clockTolerance: 300,
      }));
    } catch (error) {
      return { ok: false, reason: `token refused: ${(error as Error).message}` };
    }
    const { tid, appid, idtyp, iss } = payload;
    if (typeof tid !== 'string' || iss !== `https://sts.windows.net/${tid}/`)
      return { ok: false, reason: 'token refused: invalid issuer' };
    if (idtyp !== 'app' || typeof appid !== 'string')
      return { ok: false, reason: 'token refused: not an app token' };
    return { ok: true, appId: appid, tenantId: tid };
  };
}
