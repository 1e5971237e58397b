import type { Directory } from './directory';
import { type EntraFailure, entraFailures as fail } from './entra-failures';
import { TENANT_ALIASES } from './well-known';

/** Path segments naming no single tenant. An app-only token must be asked for in a named tenant. */
const MULTI_TENANT_SEGMENTS = [...TENANT_ALIASES, 'consumers'];

/** A client credentials request that passed every check: who asks, in which tenant, for which resource. */
export interface ClientCredentialsGrant {
  appId: string;
  /** The tenant's id as the directory spells it. */
  tenantId: string;
  /** The scope without `/.default`, e.g. `https://graph.microsoft.com`; it becomes the token's `aud`. */
  resource: string;
}

/** The parts of a token request that matter: the `{tenant}` path segment, the form and the Authorization header. */
export interface TokenRequestInput {
  tenant: string;
  form: unknown;
  authorization: string | undefined;
}

/**
 * Checks a `POST /{tenant}/oauth2/v2.0/token` client credentials request the way Entra does, in Entra's
 * order: tenant, grant type, client id, scope, app registration, then the credential. Pure; issues nothing.
 */
export function checkTokenRequest(
  input: TokenRequestInput,
  directory: Directory,
): { ok: true; grant: ClientCredentialsGrant } | { ok: false; failure: EntraFailure } {
  const refuse = (failure: EntraFailure) => ({ ok: false as const, failure });
  if (MULTI_TENANT_SEGMENTS.includes(input.tenant.toLowerCase())) return refuse(fail.noTenantInRequest());
  const tenant = directory.tenant(input.tenant);
  if (!tenant) return refuse(fail.tenantNotFound(input.tenant));

  const field = (name: string) => formField(input.form, name);
  const grantType = field('grant_type');
  if (grantType === undefined) return refuse(fail.missingParameter('grant_type'));
  if (grantType !== 'client_credentials') return refuse(fail.unsupportedGrantType(grantType));

  const basic = basicCredentials(input.authorization);
  const clientId = field('client_id') ?? basic?.clientId;
  if (clientId === undefined) return refuse(fail.missingParameter('client_id'));

  const scope = field('scope')?.trim();
  if (!scope) return refuse(fail.missingParameter('scope'));
  const resource = defaultScopeResource(scope);
  if (!resource.ok) return refuse(resource.failure);

  const app = directory.app(clientId);
  if (!app || (app.tenantId !== undefined && app.tenantId.toLowerCase() !== tenant.id.toLowerCase()))
    return refuse(fail.appNotInDirectory(clientId, tenant.displayName));

  if (field('client_assertion') !== undefined) return refuse(fail.clientAssertionNotSupported());
  const secret = field('client_secret') ?? basic?.clientSecret;
  if (secret === undefined) return refuse(fail.missingClientCredential());
  if (secret !== app.appSecret) return refuse(fail.invalidClientSecret(app.appId));

  return { ok: true, grant: { appId: app.appId, tenantId: tenant.id, resource: resource.value } };
}

/** A non-empty string field of the parsed form; anything else (absent, empty, repeated) counts as missing. */
function formField(form: unknown, name: string): string | undefined {
  if (typeof form !== 'object' || form === null) return undefined;
  const value = (form as Record<string, unknown>)[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** `client_secret_basic`: `Authorization: Basic base64(urlencode(id):urlencode(secret))` (RFC 6749 §2.3.1). */
function basicCredentials(
  authorization: string | undefined,
): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon)),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  } catch {
    return undefined; // a malformed escape means no usable Basic credentials, so the form decides
  }
}

/** The resource of a client credentials scope: exactly one value, ending in `/.default`. */
function defaultScopeResource(
  scope: string,
): { ok: true; value: string } | { ok: false; failure: EntraFailure } {
  const values = scope.split(/\s+/);
  const notDefault = values.find((value) => !value.endsWith('/.default'));
  if (notDefault !== undefined) return { ok: false, failure: fail.scopeNotDefault(notDefault) };
  if (values.length > 1) return { ok: false, failure: fail.scopeWithSeveralResources(scope) };
  const resource = (values[0] ?? '').slice(0, -'/.default'.length);
  if (resource.length === 0) return { ok: false, failure: fail.scopeWithoutResource(scope) };
  return { ok: true, value: resource };
}
