import type { ApiUser } from './api-token.claims';
import type { Role } from './roles';

/** A verified user with the roles `resolveRoles` found. */
export interface Caller {
  user: ApiUser;
  roles: ReadonlySet<Role>;
}

/** A caller without a role an endpoint needs: 403, naming the missing roles. */
export interface RoleRefusal {
  ok: false;
  status: 403;
  error: { code: 'missingRole'; message: string; missing: Role[] };
}

/**
 * The guard of an endpoint: passes when the caller holds every role in `required` (none required passes),
 * else a 403 naming what is missing. Framework-free and pure.
 * @example
 * const allowed = authorize(caller, ['Supervisor']);
 * if (!allowed.ok) return { status: allowed.status, body: { error: allowed.error } };
 */
export function authorize(verified: Caller, required: readonly Role[]): { ok: true } | RoleRefusal {
  const missing = [...new Set(required)].filter((role) => !verified.roles.has(role));
  if (missing.length === 0) return { ok: true };
  const held = [...verified.roles].join(', ') || 'no role';
  return {
    ok: false,
    status: 403,
    error: {
      code: 'missingRole',
      message: `this needs the ${missing.join(' and ')} role${missing.length > 1 ? 's' : ''}; the caller has ${held}`,
      missing,
    },
  };
}
