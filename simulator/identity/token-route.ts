import type { Route } from '../http/types';
import { APP_TOKEN_LIFETIME_SECONDS, signAppToken } from './app-token';
import type { Directory } from './directory';
import { entraError } from './entra-error';
import type { SigningKey } from './signing-key';
import { checkTokenRequest } from './token-request';

/** What the token endpoint needs: Entra's key, the directory, the base URL and the clock. */
export interface TokenRouteDeps {
  key: SigningKey;
  directory: Directory;
  baseUrl: () => string;
  now: () => number;
}

/**
 * `POST /:tenantId/oauth2/v2.0/token`: the client credentials grant. Answers Entra's success body
 * (`token_type`, `expires_in`, `ext_expires_in`, `access_token`) or Entra's error body.
 */
export function createTokenRoute(deps: TokenRouteDeps): Route {
  return async (req, params) => {
    const nowMs = deps.now();
    const checked = checkTokenRequest(
      { tenant: params.tenantId ?? '', form: req.body, authorization: req.headers.authorization },
      deps.directory,
    );
    if (!checked.ok) {
      const correlationId = req.headers['client-request-id'];
      return entraError(checked.failure, { baseUrl: deps.baseUrl(), nowMs, correlationId });
    }
    const accessToken = await signAppToken(deps.key, { ...checked.grant, nowMs });
    return {
      status: 200,
      headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
      body: {
        token_type: 'Bearer',
        expires_in: APP_TOKEN_LIFETIME_SECONDS,
        ext_expires_in: APP_TOKEN_LIFETIME_SECONDS,
        access_token: accessToken,
      },
    };
  };
}
