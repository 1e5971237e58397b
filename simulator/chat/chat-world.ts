/**
 * What the simulated Bot Framework channel for Teams chat holds: the bot registered for it, and every
 * conversation (a user's personal chat with the bot, or a team channel) with its transcript.
 */

/** The messaging bot as registered on the Teams channel: its app id and messaging endpoint. */
export interface ChatBot {
  appId: string;
  messagingEndpoint: string;
  name: string;
}

/** One account in a conversation as the Connector shows it. */
export interface ChannelAccount {
  id: string;
  name?: string;
  aadObjectId?: string;
}

/** One activity of a transcript: what the user sent, what the bot sent, and each card update. */
export interface TranscriptActivity {
  id: string;
  type: string;
  from: ChannelAccount;
  timestamp: string;
  text?: string;
  attachments?: unknown[];
  replyToId?: string;
  /** How many times the bot (or an Action.Execute response) replaced it. */
  updates: number;
}

/** A personal chat of one user with the bot, or a team channel the bot was added to. */
export interface ChatConversation {
  id: string;
  tenantId: string;
  kind: 'personal' | 'channel';
  /** The Entra object id of the personal chat's user. */
  userId?: string;
  channel?: { id: string; teamId: string; name: string };
  activities: TranscriptActivity[];
}

/** A Teams user's id in chat (`29:…`); opaque to bots, which use `aadObjectId`. */
export const teamsUserId = (aadObjectId: string) => `29:${aadObjectId}`;
/** The bot's id in chat (`28:{app id}`). */
export const teamsBotId = (appId: string) => `28:${appId}`;

/** The channel's state, kept in memory for the simulator's life. */
export class ChatWorld {
  bot: ChatBot | undefined;
  readonly conversations = new Map<string, ChatConversation>();
  private sequence = Date.now();

  /** The next activity id; Teams uses millisecond timestamps, always increasing. */
  nextActivityId(): string {
    this.sequence += 1;
    return String(this.sequence);
  }

  personal(userId: string): ChatConversation | undefined {
    for (const conversation of this.conversations.values())
      if (conversation.kind === 'personal' && conversation.userId?.toLowerCase() === userId.toLowerCase())
        return conversation;
    return undefined;
  }

  channel(channelId: string): ChatConversation | undefined {
    const conversation = this.conversations.get(channelId);
    return conversation?.kind === 'channel' ? conversation : undefined;
  }

  /** The personal chat of a user, created the first time the app is installed for them. */
  openPersonal(userId: string, tenantId: string): ChatConversation {
    const existing = this.personal(userId);
    if (existing) return existing;
    const id = `a:1${Buffer.from(`${tenantId}/${userId}`).toString('base64url')}`;
    const conversation: ChatConversation = { id, tenantId, kind: 'personal', userId, activities: [] };
    this.conversations.set(id, conversation);
    return conversation;
  }

  openChannel(tenantId: string, channel: { id: string; teamId: string; name: string }): ChatConversation {
    const existing = this.channel(channel.id);
    if (existing) return existing;
    const conversation: ChatConversation = {
      id: channel.id,
      tenantId,
      kind: 'channel',
      channel,
      activities: [],
    };
    this.conversations.set(channel.id, conversation);
    return conversation;
  }
}
