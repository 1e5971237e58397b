/** The OAuth `error` values Entra's token endpoint answers with. */
export type EntraErrorName =
  | 'invalid_request'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'invalid_tenant';

/** One refusal of Entra's: HTTP status, OAuth error, AADSTS number and the text after `AADSTSnnn: `. */
export interface EntraFailure {
  status: 400 | 401;
  error: EntraErrorName;
  code: number;
  message: string;
}

/**
 * The refusals the simulated token and metadata endpoints give, with Entra's codes and wording as seen in
 * its answers. Client authentication failures are 401, everything else 400, as Entra's token endpoint does.
 */
export const entraFailures = {
  tenantNotFound: (tenant: string): EntraFailure => ({
    status: 400,
    error: 'invalid_tenant',
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  }),
  /** Client credentials over `/common` or `/organizations`: the app-only token needs a tenant named in the path. */
  noTenantInRequest: (): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 50059,
    message:
      'No tenant-identifying information found in either the request or implied by any provided credentials.',
  }),
  missingParameter: (name: string): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  unsupportedGrantType: (grantType: string): EntraFailure => ({
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${grantType}'.`,
  }),
  scopeNotDefault: (scope: string): EntraFailure => ({
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
    message: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  }),
  scopeWithoutResource: (scope: string): EntraFailure => ({
    status: 400,
    error: 'invalid_scope',
    code: 70011,
    message: `The provided value for the input parameter 'scope' isn't valid. The scope ${scope} isn't valid.`,
  }),
  scopeWithSeveralResources: (scope: string): EntraFailure => ({
    status: 400,
    error: 'invalid_scope',
    code: 700022,
    message: `The provided value for the input parameter scope isn't valid because it contains more than one resource. Scope ${scope} is not valid.`,
  }),
  appNotInDirectory: (appId: string, directoryName: string): EntraFailure => ({
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${appId}' was not found in the directory '${directoryName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  missingClientCredential: (): EntraFailure => ({
    status: 401,
    error: 'invalid_client',
    code: 7000216,
    message:
      "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
  }),
  invalidClientSecret: (appId: string): EntraFailure => ({
    status: 401,
    error: 'invalid_client',
    code: 7000215,
    message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
  }),
  /** Not Entra's refusal: certificate and federated credentials are the one thing the simulator leaves out. */
  clientAssertionNotSupported: (): EntraFailure => ({
    status: 400,
    error: 'invalid_request',
    code: 90023,
    message:
      'The simulator does not accept client_assertion (certificate or federated credentials); send client_secret instead.',
  }),
};
