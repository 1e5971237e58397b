import type { Agent, Tenant } from '../../src/config';
import {
  type ApiTokenVerifier,
  authorize,
  type Caller,
  type Role,
  resolveRoles,
  type TenantRoleConfig,
} from '../auth';
import { ApiError } from './api-error';

/** A verified caller with their tenant's configuration and, when they are one of its agents, their agent. */
export interface ApiCaller extends Caller {
  tenant: Tenant;
  agent: Agent | undefined;
}

/** Turns an `Authorization` header into an {@link ApiCaller}, or throws the 401/403 {@link ApiError}. */
export type ResolveCaller = (authorization: string | undefined) => Promise<ApiCaller>;

/**
 * Verifies the token (refusals become 401/403 with their `WWW-Authenticate` challenge; Entra's keys being
 * unreachable propagates, for the funnel's 503), finds the caller's tenant by `tid` and their roles from
 * app roles plus the tenant's agents, supervisors and admins.
 */
export function createCallerResolver(verifier: ApiTokenVerifier, tenants: readonly Tenant[]): ResolveCaller {
  const byId = new Map(
    tenants.map((tenant) => {
      const config: TenantRoleConfig = {
        agentIds: new Set(tenant.agents.map((a) => a.id)),
        supervisorIds: new Set(tenant.supervisors),
        adminIds: new Set(tenant.admins),
      };
      return [tenant.id, { tenant, config }] as const;
    }),
  );
  return async (authorization) => {
    const result = await verifier.verify(authorization);
    if (!result.ok)
      throw new ApiError(result.status, result.error.code, result.error.message, { headers: result.headers });
    const found = byId.get(result.user.tenantId.toLowerCase());
    // The verifier admits only configured tenants; this guards a verifier built with other options.
    if (!found)
      throw new ApiError(403, 'tenantNotServed', `tenant ${result.user.tenantId} is not served here`);
    const userId = result.user.userId.toLowerCase();
    return {
      user: result.user,
      roles: resolveRoles(result.user, found.config),
      tenant: found.tenant,
      agent: found.tenant.agents.find((agent) => agent.id === userId),
    };
  };
}

/** Passes when the caller holds at least one of `roles` (none listed: any verified caller); else 403. */
export function requireAnyRole(caller: Caller, roles: readonly Role[]): void {
  if (roles.length === 0 || roles.some((role) => caller.roles.has(role))) return;
  if (roles.length === 1) {
    const refusal = authorize(caller, roles);
    if (!refusal.ok) throw new ApiError(refusal.status, refusal.error.code, refusal.error.message);
  }
  const held = [...caller.roles].join(', ') || 'no role';
  throw new ApiError(403, 'missingRole', `this needs the ${roles.join(' or ')} role; the caller has ${held}`);
}

/** The caller as an agent of their tenant, or 403 when the tenant's configuration has no agent with their id. */
export function requireAgent(caller: ApiCaller): Agent {
  if (caller.agent) return caller.agent;
  throw new ApiError(
    403,
    'notAnAgent',
    `tenant ${caller.tenant.id} has no agent with your id ${caller.user.userId}; an admin adds agents to the contact-center file`,
  );
}
