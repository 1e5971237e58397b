import { and, eq } from 'drizzle-orm';
import type { Db } from './db';
import { storeOperation } from './driver-error';
import { type ChatConversationRow, chatConversations } from './schema';

/** A conversation reference to keep: who it reaches, where, and the Bot Framework reference as sent. */
export interface ChatConversationSetting {
  tenantId: string;
  /** A Teams user's Entra object id, or `channel:{channel id}`. */
  recipient: string;
  conversationId: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
  at: number;
}

/** Conversation references per recipient and tenant: the latest one wins. */
export function chatConversationRepository(db: Db) {
  return {
    /** Stores or replaces the recipient's reference. */
    save: (setting: ChatConversationSetting): Promise<void> =>
      storeOperation('chatConversations.save', { tenantId: setting.tenantId }, async () => {
        const { at, ...row } = setting;
        await db
          .insert(chatConversations)
          .values({ ...row, updatedAt: at })
          .onConflictDoUpdate({
            target: [chatConversations.tenantId, chatConversations.recipient],
            set: {
              conversationId: row.conversationId,
              serviceUrl: row.serviceUrl,
              reference: row.reference,
              updatedAt: at,
            },
          });
      }),

    /** The recipient's reference, if the bot ever heard from their conversation. */
    find: (tenantId: string, recipient: string): Promise<ChatConversationRow | undefined> =>
      storeOperation('chatConversations.find', { tenantId }, async () => {
        const [row] = await db
          .select()
          .from(chatConversations)
          .where(and(eq(chatConversations.tenantId, tenantId), eq(chatConversations.recipient, recipient)));
        return row;
      }),
  };
}

/** Chat conversation references, bound to a handle. */
export type ChatConversationRepository = ReturnType<typeof chatConversationRepository>;
