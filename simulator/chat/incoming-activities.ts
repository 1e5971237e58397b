import type { User } from '../world/directory';
import { type ChatBot, type ChatConversation, teamsBotId, teamsUserId } from './chat-world';

/** What every activity the channel sends carries, whatever its type. */
interface Envelope {
  id: string;
  at: number;
  serviceUrl: string;
  bot: ChatBot;
  conversation: ChatConversation;
}

function envelope(e: Envelope, from: { id: string; name?: string; aadObjectId?: string }) {
  const { conversation } = e;
  return {
    id: e.id,
    timestamp: new Date(e.at).toISOString(),
    localTimestamp: new Date(e.at).toISOString(),
    serviceUrl: e.serviceUrl,
    channelId: 'msteams',
    from,
    recipient: { id: teamsBotId(e.bot.appId), name: e.bot.name },
    conversation: {
      id: conversation.id,
      tenantId: conversation.tenantId,
      conversationType: conversation.kind,
      ...(conversation.kind === 'channel' ? { isGroup: true, name: conversation.channel?.name } : {}),
    },
    locale: 'en-US',
    channelData: {
      tenant: { id: conversation.tenantId },
      ...(conversation.channel
        ? {
            team: { id: conversation.channel.teamId },
            channel: { id: conversation.channel.id, name: conversation.channel.name },
          }
        : {}),
    },
  };
}

const userAccount = (user: User) => ({
  id: teamsUserId(user.id),
  name: user.displayName,
  aadObjectId: user.id,
});

/** A chat message typed by a Teams user. */
export function messageActivity(e: Envelope, user: User, text: string) {
  return { ...envelope(e, userAccount(user)), type: 'message', text, textFormat: 'plain' };
}

/** The app was installed: the bot joined the conversation (Teams sends `conversationUpdate`, membersAdded). */
export function installActivity(e: Envelope, by: User | undefined) {
  const from = by ? userAccount(by) : { id: teamsBotId(e.bot.appId) };
  return {
    ...envelope(e, from),
    type: 'conversationUpdate',
    membersAdded: [{ id: teamsBotId(e.bot.appId) }],
    channelData: {
      ...envelope(e, from).channelData,
      eventType: e.conversation.kind === 'channel' ? 'teamMemberAdded' : undefined,
    },
  };
}

/** A click on an Action.Execute button of a card: an `adaptiveCard/action` invoke. */
export function actionActivity(e: Envelope, user: User, cardActivityId: string, verb: string, data: unknown) {
  return {
    ...envelope(e, userAccount(user)),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: cardActivityId,
    value: { action: { type: 'Action.Execute', verb, data: data ?? {} }, trigger: 'manual' },
  };
}
