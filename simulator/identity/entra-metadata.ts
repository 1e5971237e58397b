import type { Route } from '../http/types';
import type { Directory } from './directory';
import { entraError } from './entra-error';
import { entraFailures } from './entra-failures';
import type { SigningKey } from './signing-key';
import { TENANT_ALIASES } from './well-known';

/** What Entra's discovery routes need: its key, the directory, the base URL and the clock. */
export interface EntraMetadataDeps {
  key: SigningKey;
  directory: Directory;
  baseUrl: () => string;
  now: () => number;
}

/**
 * Entra's v2.0 OpenID configuration for one tenant, field for field as `login.microsoftonline.com` serves
 * it, with every Entra URL on the simulator. For `common`/`organizations` the issuer keeps the literal
 * `{tenantid}` template, as Entra's does.
 */
export function entraOpenIdConfiguration(
  baseUrl: string,
  tenant: string,
  aliased: boolean,
): Record<string, unknown> {
  const authority = `${baseUrl}/${tenant}`;
  return {
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${baseUrl}/${aliased ? '{tenantid}' : tenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${baseUrl}/oidc/userinfo`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    claims_supported: CLAIMS_SUPPORTED,
    kerberos_endpoint: `${authority}/kerberos`,
    tenant_region_scope: aliased ? null : 'WW',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

const CLAIMS_SUPPORTED = [
  'sub',
  'iss',
  'cloud_instance_name',
  'cloud_instance_host_name',
  'cloud_graph_host_name',
  'msgraph_host',
  'aud',
  'exp',
  'iat',
  'auth_time',
  'acr',
  'nonce',
  'preferred_username',
  'name',
  'tid',
  'ver',
  'at_hash',
  'c_hash',
  'email',
];

/**
 * The routes for `GET /:tenantId/v2.0/.well-known/openid-configuration` and `GET /:tenantId/discovery/v2.0/keys`
 * (which also answers `/common/discovery/v2.0/keys`). A tenant the directory doesn't know gets AADSTS90002.
 */
export function createEntraMetadataRoutes(deps: EntraMetadataDeps): {
  openIdConfiguration: Route;
  keys: Route;
} {
  const resolve = (segment: string) => {
    if (TENANT_ALIASES.includes(segment.toLowerCase()))
      return { tenant: segment.toLowerCase(), aliased: true };
    const tenant = deps.directory.tenant(segment);
    return tenant ? { tenant: tenant.id, aliased: false } : undefined;
  };
  const unknownTenant = (segment: string, correlationId: string | undefined) =>
    entraError(entraFailures.tenantNotFound(segment), {
      baseUrl: deps.baseUrl(),
      nowMs: deps.now(),
      correlationId,
    });
  return {
    openIdConfiguration: (req, params) => {
      const segment = params.tenantId ?? '';
      const found = resolve(segment);
      if (!found) return unknownTenant(segment, req.headers['client-request-id']);
      return { status: 200, body: entraOpenIdConfiguration(deps.baseUrl(), found.tenant, found.aliased) };
    },
    keys: (req, params) => {
      const segment = params.tenantId ?? 'common';
      if (!resolve(segment)) return unknownTenant(segment, req.headers['client-request-id']);
      return { status: 200, body: deps.key.jwks };
    },
  };
}
