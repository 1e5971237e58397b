import { ActivityTypes, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { ChatConversationRepository, ChatNoticeRepository, ChatNoticeRow } from '../../../src/store';
import { type Loop, startLoop } from '../../workers/loop';
import { type AdaptiveCard, attachment } from '../cards/adaptive-card';
import { missedOfferCard, type QueueAlertFacts, queueAlertCard } from '../cards/notice-cards';

/** What the sender needs. */
export interface NoticeSenderOptions {
  adapter: CloudAdapter;
  appId: string;
  notices: ChatNoticeRepository;
  conversations: ChatConversationRepository;
  instanceId: string;
  logger: Logger;
  now(): number;
  /** How often due notices are looked for besides kicks; 1 s unless given. */
  everyMs?: number;
}

/** Attempts before a notice is given up. */
const MAX_ATTEMPTS = 5;

/**
 * Sends claimed notices proactively through the stored conversation reference. A recipient with no
 * reference (the app is not installed for them) or who blocked the bot (403) is given up; other failures
 * are retried with a growing delay.
 */
export function startNoticeSender(options: NoticeSenderOptions): Loop {
  const { notices, logger } = options;
  const sendOne = async (notice: ChatNoticeRow) => {
    const stored = await options.conversations.find(notice.tenantId, notice.recipient);
    if (!stored) {
      await notices.discard(
        notice.id,
        'no conversation reference: the app is not installed for the recipient',
        options.now(),
      );
      return;
    }
    const reference = stored.reference as Partial<ConversationReference>;
    const content = cardOf(notice, reference.user?.id);
    try {
      await options.adapter.continueConversationAsync(options.appId, reference, async (context) => {
        await context.sendActivity({ type: ActivityTypes.Message, attachments: [attachment(content)] });
      });
      await notices.markSent(notice.id, options.now());
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      const message = error instanceof Error ? error.message : String(error);
      logger.warn(
        { err: error, tenantId: notice.tenantId, notice: notice.id, status },
        'sending a chat notice failed',
      );
      if (status === 403 || notice.attempts >= MAX_ATTEMPTS)
        await notices.discard(notice.id, message, options.now());
      else await notices.markFailed(notice.id, message, options.now() + 5_000 * notice.attempts);
    }
  };
  return startLoop(
    'chat-notices',
    options.everyMs ?? 1000,
    async () => {
      for (;;) {
        const due = await notices.claimDue({ instanceId: options.instanceId, now: options.now() });
        if (due.length === 0) return;
        for (const notice of due) await sendOne(notice);
      }
    },
    logger,
  );
}

function cardOf(notice: ChatNoticeRow, userMri: string | undefined): AdaptiveCard {
  const payload = notice.payload;
  if (notice.kind === 'missedOffer')
    return missedOfferCard(String(payload.queueName), Number(payload.at), String(payload.timeZone), userMri);
  return queueAlertCard(payload as unknown as QueueAlertFacts);
}
