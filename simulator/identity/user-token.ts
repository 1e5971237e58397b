import type { Directory } from './directory';
import type { SigningKey } from './signing-key';
import { pairwiseSubject, refreshHint, tokenUniqueId } from './token-ids';
import { TEAMS_CLIENT_ID } from './well-known';

/** A user token as the token endpoint would return it. */
export interface UserToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

/** Options of a user token: app roles, delegated scopes (default `access_as_user`), lifetime (default 3599 s). */
export interface UserTokenOptions {
  roles?: string[];
  scopes?: string[];
  /** Seconds from now to `exp`; zero or less mints a token that is already expired. */
  lifetimeSeconds?: number;
}

/** Default lifetime of a user token, matching the `expires_in` Entra commonly reports. */
const DEFAULT_LIFETIME_SECONDS = 3599;

/**
 * Issues a v2.0 access token for a user of the directory, as Entra issues one for a custom API reached from
 * Teams: `aud` the API's app id URI or client id, `iss` `{baseUrl}/{tid}/v2.0`, `azp` the Teams client.
 * Undefined when the directory has no such user (the control API's 404).
 */
export async function issueUserToken(
  deps: { key: SigningKey; directory: Directory; baseUrl: string; nowMs: number },
  userId: string,
  audience: string,
  options: UserTokenOptions = {},
): Promise<UserToken | undefined> {
  const user = deps.directory.user(userId);
  if (!user) return undefined;
  const iat = Math.floor(deps.nowMs / 1000);
  const lifetime = Math.trunc(options.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS);
  const scopes = options.scopes?.length ? options.scopes : ['access_as_user'];
  const accessToken = await deps.key.sign({
    aud: audience,
    iss: `${deps.baseUrl}/${user.tenantId}/v2.0`,
    iat,
    nbf: iat,
    exp: iat + lifetime,
    azp: TEAMS_CLIENT_ID,
    azpacr: '0',
    name: user.displayName,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    rh: refreshHint(),
    ...(options.roles?.length ? { roles: [...options.roles] } : {}),
    scp: scopes.join(' '),
    sub: pairwiseSubject(user.id, audience),
    tid: user.tenantId,
    uti: tokenUniqueId(),
    ver: '2.0',
  });
  return { access_token: accessToken, token_type: 'Bearer', expires_in: Math.max(0, lifetime) };
}
