import { createRemoteJWKSet, customFetch, errors, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

/** Where Microsoft publishes the keys that sign calling notifications. */
export const CALLING_OPENID_METADATA_URL = 'https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration';

/** Microsoft's sample refreshes the OpenID configuration every 2 hours; so does this. */
export const METADATA_REFRESH_MS = 2 * 60 * 60 * 1000;

/** What the signing keys come from. */
export interface CallingKeysOptions {
  /** `CALLING_OPENID_METADATA_URL`; defaults to Microsoft's. */
  metadataUrl?: string;
  refreshIntervalMs?: number;
  /** After a failed refresh, the last good configuration is kept and the next try waits this long. */
  retryAfterFailureMs?: number;
  /** Bound on each fetch of the configuration and of the key set. */
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
  /** Told when a refresh fails while an older configuration stays in use. */
  onStaleMetadata?: (error: unknown) => void;
}

/**
 * The keys could not be fetched (the configuration or key set is unreachable, not 200, or not what it should
 * be). The webhook fails closed on it: 503, never accepted.
 */
export class CallingKeysUnavailableError extends Error {
  override readonly name = 'CallingKeysUnavailableError';
  constructor(
    message: string,
    readonly metadataUrl: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const OpenIdConfiguration = z.looseObject({ jwks_uri: z.url({ protocol: /^https?$/ }) });

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * A jose key resolver for calling notifications: the OpenID configuration is read lazily, cached and
 * re-read every 2 hours; its `jwks_uri` is read through jose's `createRemoteJWKSet` (cached for as long,
 * re-read early when a token names an unknown `kid`, at most every 30 s). Any failure to get keys throws
 * {@link CallingKeysUnavailableError}; a token whose key is not in the set throws jose's `JWKSNoMatchingKey`.
 * @example const keys = createCallingKeys({ metadataUrl: env.callingOpenIdMetadataUrl });
 */
export function createCallingKeys(options: CallingKeysOptions = {}): JWTVerifyGetKey {
  const metadataUrl = options.metadataUrl ?? CALLING_OPENID_METADATA_URL;
  const refreshMs = options.refreshIntervalMs ?? METADATA_REFRESH_MS;
  const retryMs = options.retryAfterFailureMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const now = options.now ?? Date.now;
  const fetchImpl = options.fetch ?? fetch;
  let current: { jwksUri: string; keys: KeySet; fetchedAt: number } | undefined;
  let pending: Promise<KeySet> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;

  const unavailable = (message: string, cause?: unknown) =>
    new CallingKeysUnavailableError(message, metadataUrl, cause === undefined ? undefined : { cause });

  const refresh = async (): Promise<KeySet> => {
    let response: Response;
    try {
      response = await fetchImpl(metadataUrl, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw unavailable(`could not fetch the calling OpenID configuration at ${metadataUrl}`, error);
    }
    if (response.status !== 200)
      throw unavailable(`the calling OpenID configuration at ${metadataUrl} answered ${response.status}`);
    const config = OpenIdConfiguration.safeParse(await response.json().catch(() => undefined));
    if (!config.success)
      throw unavailable(`the calling OpenID configuration at ${metadataUrl} has no valid jwks_uri`);
    const jwksUri = config.data.jwks_uri;
    const keys =
      current?.jwksUri === jwksUri
        ? current.keys
        : createRemoteJWKSet(new URL(jwksUri), {
            cacheMaxAge: refreshMs,
            timeoutDuration: timeoutMs,
            [customFetch]: fetchImpl,
          });
    current = { jwksUri, keys, fetchedAt: now() };
    return keys;
  };

  const keySet = async (): Promise<KeySet> => {
    if (current && now() - current.fetchedAt < refreshMs) return current.keys;
    if (current && now() - failedAt < retryMs) return current.keys;
    pending ??= refresh().finally(() => {
      pending = undefined;
    });
    try {
      return await pending;
    } catch (error) {
      failedAt = now();
      if (!current) throw error;
      options.onStaleMetadata?.(error);
      return current.keys;
    }
  };

  return async (header, token) => {
    const keys = await keySet();
    try {
      return await keys(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys)
        throw error;
      throw unavailable(`could not get the calling signing keys listed by ${metadataUrl}`, error);
    }
  };
}
