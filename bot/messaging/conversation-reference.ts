import { type Activity, TurnContext } from 'botbuilder';
import type { ChatConversationRepository } from '../../src/store';

/** The recipient key of a Teams channel, beside users' Entra object ids. */
export const channelRecipient = (channelId: string) => `channel:${channelId}`;

/**
 * Stores where a notice can reach the activity's sender later: the user's personal chat (captured on
 * install and on every message, so a changed service URL is followed), or a channel the bot was added to.
 * Group chats are not notice targets and are not kept.
 */
export async function captureReference(
  conversations: ChatConversationRepository,
  activity: Activity,
  tenantId: string,
  at: number,
): Promise<void> {
  const kind = activity.conversation?.conversationType;
  const channelId = (activity.channelData as { channel?: { id?: unknown } } | undefined)?.channel?.id;
  let recipient: string | undefined;
  if (kind === 'personal') recipient = activity.from?.aadObjectId;
  else if (kind === 'channel' && typeof channelId === 'string') recipient = channelRecipient(channelId);
  if (!recipient || !activity.serviceUrl) return;
  const reference = TurnContext.getConversationReference(activity);
  // A channel's reply thread is `19:…;messageid=…`; notices start new posts in the channel itself.
  const conversationId = kind === 'channel' ? String(channelId) : activity.conversation.id;
  await conversations.save({
    tenantId,
    recipient,
    conversationId,
    serviceUrl: activity.serviceUrl,
    reference: {
      ...reference,
      activityId: undefined,
      conversation: { ...reference.conversation, id: conversationId },
    } as Record<string, unknown>,
    at,
  });
}
