import { createRemoteJWKSet, customFetch, errors, type JWTVerifyGetKey } from 'jose';

/**
 * How long Entra's key set is trusted before it is read again; Microsoft.IdentityModel refreshes its
 * metadata every 12 hours. A token naming a `kid` not in the cached set triggers a re-read at once
 * (at most every 30 s), so a key Entra has just rolled in is never refused for long.
 */
export const ENTRA_KEYS_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** Where Entra's signing keys come from. */
export interface EntraKeysOptions {
  /** `AUTHORITY_HOST`: `https://login.microsoftonline.com`, or the simulator's URL. */
  authorityHost: string;
  cacheMaxAgeMs?: number;
  /** Bound on each fetch of the key set. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Entra's keys could not be fetched (unreachable, not 200, not a key set). The API fails closed on it: the
 * edge answers 503 and nothing is served unchecked.
 */
export class EntraKeysUnavailableError extends Error {
  override readonly name = 'EntraKeysUnavailableError';
  constructor(
    message: string,
    readonly jwksUri: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `https://host/` and `https://host` name the same authority. */
export function normalizeAuthorityHost(authorityHost: string): string {
  return authorityHost.replace(/\/+$/, '');
}

/**
 * A jose key resolver for Entra access tokens of every tenant: the common key set
 * `{authorityHost}/common/discovery/v2.0/keys`, which Entra publishes once for all tenants and the simulator
 * serves too. One cache serves every tenant, and no request makes the server fetch anything per tenant.
 * A key missing from the set throws jose's `JWKSNoMatchingKey`; any failure to get the set throws
 * {@link EntraKeysUnavailableError}.
 * @example const keys = createEntraKeys({ authorityHost: env.authorityHost });
 */
export function createEntraKeys(options: EntraKeysOptions): JWTVerifyGetKey {
  const jwksUri = `${normalizeAuthorityHost(options.authorityHost)}/common/discovery/v2.0/keys`;
  const keys = createRemoteJWKSet(new URL(jwksUri), {
    cacheMaxAge: options.cacheMaxAgeMs ?? ENTRA_KEYS_MAX_AGE_MS,
    timeoutDuration: options.timeoutMs ?? 5_000,
    ...(options.fetch ? { [customFetch]: options.fetch } : {}),
  });
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
        throw error;
      throw new EntraKeysUnavailableError(`could not get Entra's signing keys from ${jwksUri}`, jwksUri, {
        cause: error,
      });
    }
  };
}
