/**
 * @module
 * The simulator's identity side of Microsoft: Entra ID (client credentials token endpoint, v2.0 OpenID
 * configuration and JWKS, user tokens for the tabs' API, and the check of Graph requests' bearer tokens) and
 * the Teams calling service's notification signer (its OpenID configuration, JWKS and per-POST JWTs). Each
 * has its own key generated at start; the rest of the simulator supplies a {@link Directory} and mounts
 * {@link Identity.routes}.
 */
export { APP_TOKEN_LIFETIME_SECONDS } from './app-token';
export { callingOpenIdConfiguration } from './calling-metadata';
export type { Directory } from './directory';
export { entraOpenIdConfiguration } from './entra-metadata';
export type { GraphCaller } from './graph-token-check';
export { createIdentity, type Identity, type IdentityOptions } from './identity';
export { NOTIFICATION_TOKEN_LIFETIME_SECONDS } from './notification-token';
export type { Jwk, Jwks } from './signing-key';
export type { UserToken, UserTokenOptions } from './user-token';
export { CALLING_ISSUER, GRAPH_APP_ID, GRAPH_APP_ROLES, GRAPH_RESOURCE, TEAMS_CLIENT_ID } from './well-known';
