import type { SigningKey } from './signing-key';
import { refreshHint, servicePrincipalId, tokenUniqueId } from './token-ids';
import { GRAPH_APP_ID, GRAPH_APP_ROLES, GRAPH_RESOURCE } from './well-known';

/** How long an app token lives, and the `expires_in` the token endpoint reports for it. */
export const APP_TOKEN_LIFETIME_SECONDS = 3599;

/** What an app-only token is issued for. */
export interface AppTokenRequest {
  appId: string;
  tenantId: string;
  /** The token's audience, e.g. `https://graph.microsoft.com` or `api://switchboard`. */
  resource: string;
  nowMs: number;
}

/**
 * Signs an app-only access token shaped like an Entra v1.0 token: `iss`/`idp` `https://sts.windows.net/{tid}/`,
 * `appid`, `appidacr: '1'`, `idtyp: 'app'`, and `oid`/`sub` the app's service principal in the tenant. Graph
 * tokens carry the consented app roles; a token for another resource carries none, as no roles were granted.
 */
export function signAppToken(key: SigningKey, request: AppTokenRequest): Promise<string> {
  const iat = Math.floor(request.nowMs / 1000);
  const sts = `https://sts.windows.net/${request.tenantId}/`;
  const principal = servicePrincipalId(request.appId, request.tenantId);
  const forGraph = request.resource === GRAPH_RESOURCE || request.resource === GRAPH_APP_ID;
  return key.sign({
    aud: request.resource,
    iss: sts,
    iat,
    nbf: iat,
    exp: iat + APP_TOKEN_LIFETIME_SECONDS,
    appid: request.appId,
    appidacr: '1',
    idp: sts,
    idtyp: 'app',
    oid: principal,
    rh: refreshHint(),
    ...(forGraph ? { roles: [...GRAPH_APP_ROLES] } : {}),
    sub: principal,
    tid: request.tenantId,
    uti: tokenUniqueId(),
    ver: '1.0',
  });
}
