import type { JWTPayload } from 'jose';
import { ACCESS_AS_USER, type ApiTokenRefusal, refuse, shown } from './api-token.refusals';

/** Who is calling the Switchboard API, as a verified Entra v2.0 user token says. */
export interface ApiUser {
  /** `tid`: every query is scoped to it. */
  tenantId: string;
  /** `oid`: the user's Entra object id, stable across apps (unlike `sub`). */
  userId: string;
  /** `name`; empty when the token has none. */
  name: string;
  /** `preferred_username` (or `upn`); empty when the token has none. */
  upn: string;
  /** `scp`, split on spaces. */
  scopes: string[];
  /** `roles`: the app roles assigned to the user in the tenant. */
  appRoles: string[];
}

/** What the claims are checked against. */
export interface ClaimRules {
  /** Without trailing slash: the issuer must be `${authorityHost}/${tid}/v2.0`. */
  authorityHost: string;
  allowedTenants: (tenantId: string) => boolean;
}

/**
 * The checks jose can't make for a multi-tenant API, on a token whose signature, audience and lifetime are
 * already verified. Pure. Order: the token must name a tenant; an app-only token is refused as such (before
 * its v1.0 issuer would be); then version, issuer for the token's own `tid`, `oid`, tenant served, scope.
 */
export function checkUserClaims(
  payload: JWTPayload,
  rules: ClaimRules,
): { ok: true; user: ApiUser } | ApiTokenRefusal {
  const tid = nonEmpty(payload.tid);
  if (tid === undefined) return refuse('invalidClaims', 'token has no tid (tenant) claim');
  if (payload.idtyp === 'app' || payload.scp === undefined)
    return refuse(
      'appOnlyToken',
      'app-only tokens (no scp, idtyp app) may not call user endpoints; sign in as a user',
    );
  if (payload.ver !== '2.0')
    return refuse('wrongVersion', `token version ${shown(payload.ver)} is not accepted; the API takes v2.0`);
  const issuer = `${rules.authorityHost}/${tid}/v2.0`;
  if (payload.iss !== issuer)
    return refuse('wrongIssuer', `issuer ${shown(payload.iss)} is not ${issuer}, Entra's for tenant ${tid}`);
  const oid = nonEmpty(payload.oid);
  if (oid === undefined) return refuse('invalidClaims', 'token has no oid (user object id) claim');
  if (!rules.allowedTenants(tid))
    return refuse('tenantNotServed', `tenant ${tid} is not served by this deployment`);
  const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
  if (!scopes.includes(ACCESS_AS_USER))
    return refuse(
      'missingScope',
      `token lacks the scope ${ACCESS_AS_USER} (it has ${shown(scopes.join(' ') || 'none')})`,
    );
  return {
    ok: true,
    user: {
      tenantId: tid,
      userId: oid,
      name: nonEmpty(payload.name) ?? '',
      upn: nonEmpty(payload.preferred_username) ?? nonEmpty(payload.upn) ?? '',
      scopes,
      appRoles: Array.isArray(payload.roles)
        ? payload.roles.filter((role): role is string => typeof role === 'string')
        : [],
    },
  };
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
