import type { Route } from '../http/types';
import { createSigningKey } from '../identity/signing-key';

/** The `iss` of the tokens the Bot Framework channel puts on every activity it posts to a bot. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/** How long an activity's bearer token is valid. */
const TOKEN_LIFETIME_SECONDS = 300;

/** The channel's signer: its OpenID configuration and JWKS, and the bearer token of each activity. */
export interface ChannelSigner {
  routes: Array<[string, string, Route]>;
  /** The bearer JWT for one activity POST to a bot: audience the bot's app id, `serviceurl` the Connector. */
  sign(appId: string, serviceUrl: string): Promise<string>;
}

/**
 * The Bot Framework channel's signing key, standing in for `https://login.botframework.com/v1/.well-known/
 * openidconfiguration`. Its keys carry `endorsements` naming the channels they may sign for, as Microsoft's
 * do; bots refuse a key not endorsed for the activity's `channelId`.
 */
export async function createChannelSigner(baseUrl: () => string, now: () => number): Promise<ChannelSigner> {
  const key = await createSigningKey();
  const jwks = { keys: key.jwks.keys.map((k) => ({ ...k, endorsements: ['msteams'] })) };
  return {
    routes: [
      [
        'GET',
        '/botframework/v1/.well-known/openidconfiguration',
        () => ({
          status: 200,
          body: {
            issuer: CHANNEL_ISSUER,
            authorization_endpoint: 'https://invalid.botframework.com',
            jwks_uri: `${baseUrl()}/botframework/v1/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_methods_supported: ['private_key_jwt'],
          },
        }),
      ],
      ['GET', '/botframework/v1/keys', () => ({ status: 200, body: jwks })],
    ],
    sign: (appId, serviceUrl) => {
      const iat = Math.floor(now() / 1000);
      return key.sign({
        iss: CHANNEL_ISSUER,
        aud: appId,
        serviceurl: serviceUrl,
        iat,
        nbf: iat,
        exp: iat + TOKEN_LIFETIME_SECONDS,
      });
    },
  };
}
