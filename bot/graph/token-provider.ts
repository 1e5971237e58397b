import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { Logger } from 'pino';
import { GraphError } from './graph-error';
import { msalAuthority } from './msal-authority';

/** App-only Graph access tokens, one tenant at a time. */
export interface TokenProvider {
  /** A valid access token for Graph in `tenantId`; throws a {@link GraphError} with reason `token`. */
  getToken(tenantId: string): Promise<string>;
}

/** The bot's app registration and where Entra is. */
export interface TokenProviderOptions {
  clientId: string;
  clientSecret: string;
  /** `AUTHORITY_HOST`; default `https://login.microsoftonline.com`. */
  authorityHost?: string;
  /** Default `https://graph.microsoft.com/.default`. */
  scope?: string;
  logger: Logger;
}

/**
 * Tokens from `@azure/msal-node` (client credentials against the tenant's own authority). One
 * `ConfidentialClientApplication` per tenant, kept for the life of the process: MSAL caches each token and
 * fetches a new one only when it is within five minutes of expiry. Concurrent first requests for a tenant
 * share one fetch. This is the only module that knows MSAL.
 * @example const tokens = createTokenProvider({ clientId, clientSecret, logger }); await tokens.getToken(tid);
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const authorityHost = options.authorityHost ?? 'https://login.microsoftonline.com';
  const scopes = [options.scope ?? 'https://graph.microsoft.com/.default'];
  const apps = new Map<string, ConfidentialClientApplication>();
  const pending = new Map<string, Promise<string>>();

  const appFor = (tenantId: string) => {
    const key = tenantId.toLowerCase();
    let app = apps.get(key);
    if (!app) {
      app = new ConfidentialClientApplication({
        auth: {
          clientId: options.clientId,
          clientSecret: options.clientSecret,
          ...msalAuthority(authorityHost, tenantId),
        },
        system: {
          loggerOptions: {
            logLevel: LogLevel.Warning,
            piiLoggingEnabled: false,
            loggerCallback: (level, message) => {
              if (level === LogLevel.Error) options.logger.error({ tenantId }, message);
              else options.logger.warn({ tenantId }, message);
            },
          },
        },
      });
      apps.set(key, app);
    }
    return app;
  };

  const acquire = async (tenantId: string): Promise<string> => {
    try {
      const result = await appFor(tenantId).acquireTokenByClientCredential({ scopes });
      if (!result?.accessToken) throw new Error('MSAL returned no access token');
      if (!result.fromCache)
        options.logger.debug({ tenantId, expiresOn: result.expiresOn }, 'graph token fetched');
      return result.accessToken;
    } catch (error) {
      const code = (error as { errorCode?: string }).errorCode ?? 'token_error';
      throw new GraphError({
        reason: 'token',
        status: 0,
        code,
        message: `no Graph token for tenant ${tenantId}: ${(error as Error).message}`,
        tenantId,
        cause: error,
      });
    }
  };

  return {
    getToken(tenantId) {
      const key = tenantId.toLowerCase();
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const request = acquire(tenantId).finally(() => pending.delete(key));
      pending.set(key, request);
      return request;
    },
  };
}
