import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  MsalServiceClientCredentialsFactory,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { Logger } from 'pino';
import { createTokenProvider } from '../graph';
import type { BotFrameworkEndpoints } from './bot-framework-endpoints';

/** The bot's Entra app and where Bot Framework is. */
export interface BotAdapterOptions {
  appId: string;
  appSecret: string;
  /** The bot's home tenant (single-tenant bots sign in there). */
  appTenantId: string | undefined;
  endpoints: BotFrameworkEndpoints;
  logger: Logger;
}

/**
 * Bot Framework's CloudAdapter with every endpoint taken from configuration: it authenticates each activity
 * (channel-signed JWT, issuer and audience = the bot's app id, key endorsed for the channel; anything else
 * is 401 before any bot code runs) and signs the bot's Connector calls with its client-credentials token.
 */
export function createBotAdapter(options: BotAdapterOptions): CloudAdapter {
  const { endpoints } = options;
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: options.appId,
      MicrosoftAppTenantId: options.appTenantId,
      ToBotFromChannelTokenIssuer: endpoints.channelTokenIssuer,
      ToBotFromChannelOpenIdMetadataUrl: endpoints.channelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: endpoints.emulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: endpoints.botLoginUrl,
      ToChannelFromBotOAuthScope: endpoints.botOAuthScope,
      OAuthUrl: endpoints.oAuthUrl,
      ValidateAuthority: true,
    },
    credentialsFactory(options),
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    options.logger.error({ err: error, activityType: context.activity.type }, 'messaging turn failed');
  };
  return adapter;
}

/**
 * The bot's Connector tokens come from the Graph client's token provider (the one module that knows MSAL,
 * which also names the simulator's http authority to MSAL) for the Bot Framework scope, handed to
 * botframework-connector in the shape of the MSAL client it expects.
 */
function credentialsFactory(options: BotAdapterOptions): ServiceClientCredentialsFactory {
  const login = new URL(options.endpoints.botLoginUrl);
  const tenant = login.pathname.replace(/^\/+|\/+$/g, '') || 'botframework.com';
  const tokens = createTokenProvider({
    clientId: options.appId,
    clientSecret: options.appSecret,
    authorityHost: login.origin,
    scope: `${options.endpoints.botOAuthScope}/.default`,
    logger: options.logger,
  });
  const client = {
    // botframework-connector caches what this returns until `expiresOn` (less 5 minutes); MSAL behind the
    // provider hands out tokens valid for at least 5 more minutes, so 8 keeps every cached one valid.
    acquireTokenByClientCredential: async () => ({
      accessToken: await tokens.getToken(tenant),
      expiresOn: new Date(Date.now() + 8 * 60_000),
    }),
  };
  return new MsalServiceClientCredentialsFactory(options.appId, client as never);
}
