import type { Route } from '../http/types';
import type { SigningKey } from './signing-key';
import { CALLING_ISSUER } from './well-known';

/**
 * The calling signer's OpenID configuration, standing in for
 * `https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration`. Microsoft's document has the same fields
 * (its `authorization_endpoint` is deliberately invalid, and it lists the algorithm as `RSA256`, a typo
 * that no verifier reads; the simulator writes `RS256`).
 */
export function callingOpenIdConfiguration(baseUrl: string): Record<string, unknown> {
  return {
    issuer: CALLING_ISSUER,
    authorization_endpoint: 'https://invalid.botframework.com',
    jwks_uri: `${baseUrl}/calling/v1/keys`,
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: ['RS256'],
  };
}

/** The routes for `GET /calling/v1/.well-known/OpenIdConfiguration` and `GET /calling/v1/keys`. */
export function createCallingMetadataRoutes(
  key: SigningKey,
  baseUrl: () => string,
): { openIdConfiguration: Route; keys: Route } {
  return {
    openIdConfiguration: () => ({ status: 200, body: callingOpenIdConfiguration(baseUrl()) }),
    keys: () => ({ status: 200, body: key.jwks }),
  };
}
