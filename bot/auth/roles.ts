import type { ApiUser } from './api-token.claims';

/** What a caller of the API may do: answer interactions, watch and steer queues, configure the tenant. */
export type Role = 'Agent' | 'Supervisor' | 'Admin';

/** Every role, in the spelling of the API app registration's app roles. */
export const ROLES: readonly Role[] = ['Agent', 'Supervisor', 'Admin'];

/**
 * The role-giving parts of one tenant's configuration, as Entra object ids: its agents and, optionally, its
 * supervisors and admins. It must be the configuration of the user's own tenant.
 */
export interface TenantRoleConfig {
  agentIds: ReadonlySet<string>;
  supervisorIds?: ReadonlySet<string>;
  adminIds?: ReadonlySet<string>;
}

const BY_LOWER_NAME = new Map(ROLES.map((role) => [role.toLowerCase(), role]));

/**
 * The roles of a verified user: the app roles in the token's `roles` claim (names matched case-insensitively,
 * others ignored), plus what the tenant's configuration says (a configured agent is an Agent; supervisor and
 * admin lists likewise). Admin implies Supervisor, and nothing implies Agent. Ids compare case-insensitively.
 * Pure.
 * @example resolveRoles(result.user, { agentIds: new Set(tenant.agents.map((a) => a.id)) }) // Set {'Agent'}
 */
export function resolveRoles(
  user: Pick<ApiUser, 'userId' | 'appRoles'>,
  tenantConfig: TenantRoleConfig,
): ReadonlySet<Role> {
  const roles = new Set<Role>();
  for (const name of user.appRoles) {
    const role = BY_LOWER_NAME.get(name.toLowerCase());
    if (role) roles.add(role);
  }
  const listed = (ids: ReadonlySet<string> | undefined) => includesId(ids, user.userId);
  if (listed(tenantConfig.agentIds)) roles.add('Agent');
  if (listed(tenantConfig.supervisorIds)) roles.add('Supervisor');
  if (listed(tenantConfig.adminIds)) roles.add('Admin');
  if (roles.has('Admin')) roles.add('Supervisor');
  return roles;
}

/** Entra object ids are GUIDs; config may spell them in either case. */
function includesId(ids: ReadonlySet<string> | undefined, id: string): boolean {
  if (!ids) return false;
  if (ids.has(id)) return true;
  const lower = id.toLowerCase();
  for (const candidate of ids) if (candidate.toLowerCase() === lower) return true;
  return false;
}
