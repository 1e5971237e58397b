/**
 * Where Bot Framework is, for the messaging bot: who signs the activities the channel posts, and where the
 * bot gets its own tokens for the Connector. Microsoft's public-cloud values, or a simulator's.
 */
export interface BotFrameworkEndpoints {
  /** `iss` of the channel's tokens on activities posted to the bot. */
  channelTokenIssuer: string;
  /** OpenID configuration whose keys sign those tokens. */
  channelOpenIdMetadataUrl: string;
  /** The Bot Framework Emulator's metadata; a simulator points it at its own, so emulator tokens find no key. */
  emulatorOpenIdMetadataUrl: string;
  /** The Entra authority the bot signs in at for Connector tokens (`{authority host}/{tenant}`). */
  botLoginUrl: string;
  /** The resource of the bot's Connector tokens. */
  botOAuthScope: string;
  /** The OAuth (user token) service; unused by this bot, set so no default points at Microsoft from a simulator. */
  oAuthUrl: string;
}

/** Microsoft's public cloud (botframework-connector's `AuthenticationConstants`), for a bot in `tenantId`. */
export function microsoftBotFramework(tenantId: string | undefined): BotFrameworkEndpoints {
  return {
    channelTokenIssuer: 'https://api.botframework.com',
    channelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
    emulatorOpenIdMetadataUrl:
      'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
    botLoginUrl: `https://login.microsoftonline.com/${tenantId ?? 'botframework.com'}`,
    botOAuthScope: 'https://api.botframework.com',
    oAuthUrl: 'https://api.botframework.com',
  };
}

/** The simulator playing Bot Framework: its channel signer, and its Entra for the bot's tokens. */
export function simulatedBotFramework(simulatorUrl: string, tenantId: string): BotFrameworkEndpoints {
  return {
    channelTokenIssuer: 'https://api.botframework.com',
    channelOpenIdMetadataUrl: `${simulatorUrl}/botframework/v1/.well-known/openidconfiguration`,
    emulatorOpenIdMetadataUrl: `${simulatorUrl}/botframework/v1/.well-known/openidconfiguration`,
    botLoginUrl: `${simulatorUrl}/${tenantId}`,
    botOAuthScope: 'https://api.botframework.com',
    oAuthUrl: `${simulatorUrl}/botframework/oauth`,
  };
}
