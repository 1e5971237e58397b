import type { Logger } from 'pino';
import { type CallsApi, createCallsApi } from './calls';
import { createGraphClient, type GraphRetryOptions } from './graph-client';
import type { GraphRequestMetrics } from './graph-middleware';
import { createPresenceApi, type PresenceApi } from './presence';
import { SlidingWindowLimiter } from './sliding-window-limiter';
import { createTokenProvider, type TokenProvider } from './token-provider';
import { createUsersApi, type UsersApi } from './users';

/**
 * Everything the server asks of Microsoft Graph: calls, presence, users. The rest of the server depends on
 * this interface only, so a test can stand in for it and see every call made.
 */
export interface GraphPort extends CallsApi, PresenceApi, UsersApi {}

/** The bot's identity, where Microsoft is (`GRAPH_BASE_URL`, `AUTHORITY_HOST`), and tuning. */
export interface GraphPortOptions {
  clientId: string;
  clientSecret: string;
  logger: Logger;
  /** Default `https://graph.microsoft.com/v1.0`. */
  graphBaseUrl?: string;
  /** Default `https://login.microsoftonline.com`. */
  authorityHost?: string;
  timeoutMs?: number;
  retry?: GraphRetryOptions;
  onRequest?: (metrics: GraphRequestMetrics) => void;
  /** Presence requests allowed per window per tenant; default Graph's 1,500 per 30 s. */
  presenceLimit?: { limit: number; windowMs: number };
  /** Tokens from elsewhere; default MSAL client credentials with `clientId`/`clientSecret`. */
  tokens?: TokenProvider;
}

/**
 * Builds the Graph port: MSAL tokens per tenant, the SDK client, and the calls, presence and users APIs.
 * @example
 * const graph = createGraphPort({ clientId: env.botId, clientSecret: env.botPassword, logger,
 *   graphBaseUrl: env.graphBaseUrl, authorityHost: env.authorityHost });
 * await graph.keepAlive(tenantId, callId);
 */
export function createGraphPort(options: GraphPortOptions): GraphPort {
  const { logger } = options;
  const tokens =
    options.tokens ??
    createTokenProvider({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authorityHost: options.authorityHost,
      logger,
    });
  const client = createGraphClient({
    tokens,
    logger,
    baseUrl: options.graphBaseUrl,
    timeoutMs: options.timeoutMs,
    retry: options.retry,
    onRequest: options.onRequest,
  });
  const limiter = options.presenceLimit ? new SlidingWindowLimiter(options.presenceLimit) : undefined;
  return {
    ...createCallsApi(client),
    ...createPresenceApi(client, { limiter }),
    ...createUsersApi(client),
  };
}
