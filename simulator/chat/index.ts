/**
 * @module
 * The Bot Framework channel for Teams chat: it posts activities (messages, installs, Action.Execute invokes)
 * to the messaging bot signed as the channel signs them, serves the Connector REST API the bot replies
 * through, and keeps each chat's transcript for the control API.
 */
import type { Route } from '../http/types';
import type { AppCaller } from '../identity/app-token-check';
import type { Directory } from '../world/directory';
import { createChannelSigner } from './channel-signer';
import { chatControlRoutes } from './chat-control-routes';
import { ChatWorld } from './chat-world';
import { CONNECTOR_PATH, connectorRoutes } from './connector-api';

export { CHANNEL_ISSUER } from './channel-signer';
export type { ChatConversation, TranscriptActivity } from './chat-world';

/** What the chat channel is built from. */
export interface ChatChannelOptions {
  baseUrl(): string;
  directory: Directory;
  verifyAppToken(authorization: string | undefined, audience: string): Promise<AppCaller>;
  now(): number;
}

/** Builds the channel: its routes (OpenID metadata, Connector, control) and its state. */
export async function createChatChannel(
  options: ChatChannelOptions,
): Promise<{ world: ChatWorld; routes: Array<[string, string, Route]> }> {
  const world = new ChatWorld();
  const signer = await createChannelSigner(options.baseUrl, options.now);
  const serviceUrl = () => `${options.baseUrl()}${CONNECTOR_PATH}/`;
  return {
    world,
    routes: [
      ...signer.routes,
      ...connectorRoutes({
        world,
        directory: options.directory,
        verifyAppToken: options.verifyAppToken,
        now: options.now,
      }),
      ...chatControlRoutes({ world, directory: options.directory, signer, serviceUrl, now: options.now }),
    ],
  };
}
