import type { Route } from '../http/types';
import { type AppCaller, createAppTokenCheck } from './app-token-check';
import { createCallingMetadataRoutes } from './calling-metadata';
import type { Directory } from './directory';
import { createEntraMetadataRoutes } from './entra-metadata';
import { createGraphTokenCheck, type GraphCaller } from './graph-token-check';
import { signNotificationToken } from './notification-token';
import { createSigningKey } from './signing-key';
import { createTokenRoute } from './token-route';
import { issueUserToken, type UserToken, type UserTokenOptions } from './user-token';

/** What the identity capability is built from. */
export interface IdentityOptions {
  /** The simulator's base URL, e.g. `http://127.0.0.1:4000`; a function because it is known only after listen. */
  baseUrl: () => string;
  directory: Directory;
  /** Wall-clock milliseconds for `iat`/`exp` and token checks; defaults to `Date.now`. */
  now?: () => number;
}

/** The simulator's Entra ID and calling-notification signer. */
export interface Identity {
  /** Routes to mount: `[method, pattern, route]`. */
  routes: Array<[string, string, Route]>;
  /** A user token as Entra would issue for a tab's API (v2.0 access token); undefined for an unknown user. */
  issueUserToken(
    userId: string,
    audience: string,
    options?: UserTokenOptions,
  ): Promise<UserToken | undefined>;
  /** The bearer JWT for one calling notification POST to a bot. */
  signNotification(appId: string, tenantId: string): Promise<string>;
  /** Checks the Authorization header of a Graph request: a valid app-only Graph token of this Entra. */
  verifyGraphToken(authorization: string | undefined): Promise<GraphCaller>;
  /** Checks an app-only token of this Entra for another resource (the Bot Framework Connector's). */
  verifyAppToken(authorization: string | undefined, audience: string): Promise<AppCaller>;
}

/**
 * Creates Entra and the calling signer, each with its own RS256 key generated now, so a token signed by one
 * never verifies against the other's JWKS.
 * @example
 * const identity = await createIdentity({ baseUrl: () => url, directory });
 * for (const [method, pattern, route] of identity.routes) router.add(method, pattern, route);
 */
export async function createIdentity(options: IdentityOptions): Promise<Identity> {
  const { baseUrl, directory } = options;
  const now = options.now ?? Date.now;
  const [entraKey, callingKey] = await Promise.all([createSigningKey(), createSigningKey()]);
  const entra = createEntraMetadataRoutes({ key: entraKey, directory, baseUrl, now });
  const calling = createCallingMetadataRoutes(callingKey, baseUrl);
  return {
    routes: [
      ['POST', '/:tenantId/oauth2/v2.0/token', createTokenRoute({ key: entraKey, directory, baseUrl, now })],
      ['GET', '/:tenantId/v2.0/.well-known/openid-configuration', entra.openIdConfiguration],
      ['GET', '/common/discovery/v2.0/keys', entra.keys],
      ['GET', '/:tenantId/discovery/v2.0/keys', entra.keys],
      ['GET', '/calling/v1/.well-known/OpenIdConfiguration', calling.openIdConfiguration],
      ['GET', '/calling/v1/keys', calling.keys],
    ],
    issueUserToken: (userId, audience, userOptions) =>
      issueUserToken(
        { key: entraKey, directory, baseUrl: baseUrl(), nowMs: now() },
        userId,
        audience,
        userOptions,
      ),
    signNotification: (appId, tenantId) => signNotificationToken(callingKey, appId, tenantId, now()),
    verifyGraphToken: createGraphTokenCheck({ key: entraKey, baseUrl, now }),
    verifyAppToken: createAppTokenCheck(entraKey, now),
  };
}
