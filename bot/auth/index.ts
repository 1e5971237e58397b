/**
 * @module
 * Who is calling the Switchboard API. `createApiTokenVerifier` checks the tab's Entra v2.0 user token
 * (Bearer, RS256 with Entra's common keys, issuer `${AUTHORITY_HOST}/${tid}/v2.0` for the token's own tenant,
 * audience the API, scope `access_as_user`, a tenant the deployment serves) and yields the user: tenant =
 * `tid`, user = `oid`. Refusals are results with a status (401 invalid or missing token, 403 valid but not
 * allowed here) and a clear `{ code, message }`; Entra's keys being unreachable throws
 * `EntraKeysUnavailableError` (503 at the edge). `resolveRoles` turns app roles and the tenant's
 * configuration into Agent / Supervisor / Admin, and `authorize` guards an endpoint by role. Framework-free.
 */

export {
  type ApiTokenResult,
  type ApiTokenVerifier,
  type ApiTokenVerifierOptions,
  createApiTokenVerifier,
} from './api-token';
export type { ApiUser } from './api-token.claims';
export { ACCESS_AS_USER, type ApiTokenRefusal, type ApiTokenRefusalCode } from './api-token.refusals';
export {
  createEntraKeys,
  ENTRA_KEYS_MAX_AGE_MS,
  type EntraKeysOptions,
  EntraKeysUnavailableError,
} from './entra-keys';
export { authorize, type Caller, type RoleRefusal } from './require-role';
export { ROLES, type Role, resolveRoles, type TenantRoleConfig } from './roles';
