import type { Router } from 'express';
import type { Logger } from 'pino';
import type { ContactCenter, ContactCenterDirectory } from '../../src/config';
import type { AgentService } from '../../src/routing';
import { chatConversationRepository, chatNoticeRepository, type Store } from '../../src/store';
import { startEventTail } from '../api';
import { createBotAdapter } from './bot-adapter';
import type { BotFrameworkEndpoints } from './bot-framework-endpoints';
import { createChatTurn } from './chat-turn';
import { expressMessaging } from './express-messaging';
import { startNoticeSender } from './notices/notice-sender';
import { startNoticeWriter } from './notices/notice-writer';

/** How the messaging bot is built. */
export interface MessagingOptions {
  appId: string;
  appSecret: string;
  appTenantId: string | undefined;
  endpoints: BotFrameworkEndpoints;
  contactCenter: ContactCenter;
  directory: ContactCenterDirectory;
  store: Store;
  agents: AgentService;
  instanceId: string;
  logger: Logger;
  now(): number;
  /** See `NoticeWriterOptions.alertCheckMs`. */
  alertCheckMs?: number;
}

/** The running messaging bot: its Express routes, and its background notice writer and sender. */
export interface Messaging {
  routes: Router;
  /** Waits until notices for events so far are written and sent. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the messaging bot: the Bot Framework adapter on the configured endpoints, the chat turn, and the
 * proactive notices (written from the event log, sent through stored conversation references).
 * @example
 * const messaging = await createMessaging({ appId, appSecret, appTenantId, endpoints, contactCenter, ... });
 * app.use(messaging.routes);
 */
export async function createMessaging(options: MessagingOptions): Promise<Messaging> {
  const { store, logger } = options;
  const adapter = createBotAdapter({ ...options, logger });
  const conversations = chatConversationRepository(store.db);
  const notices = chatNoticeRepository(store.db);
  const tenantIds = new Set(options.contactCenter.tenants.map((t) => t.id.toLowerCase()));
  const turn = createChatTurn({
    chat: { directory: options.directory, store, agents: options.agents },
    conversations,
    servesTenant: (tenantId) => tenantIds.has(tenantId.toLowerCase()),
    logger,
    now: options.now,
  });
  const sender = startNoticeSender({
    adapter,
    appId: options.appId,
    notices,
    conversations,
    instanceId: options.instanceId,
    logger,
    now: options.now,
  });
  const tail = await startEventTail({
    store,
    holeGraceMs: store.dialect === 'postgres' ? 250 : 0,
    logger,
    now: options.now,
  });
  const writer = await startNoticeWriter({
    tenants: options.contactCenter.tenants,
    directory: options.directory,
    store,
    tail,
    logger,
    now: options.now,
    alertCheckMs: options.alertCheckMs,
    written: () => sender.kick(),
  });
  return {
    routes: expressMessaging(adapter, turn),
    settle: async () => {
      await writer.settle();
      sender.kick();
      await sender.settle();
    },
    close: async () => {
      await writer.stop();
      await tail.close();
      await sender.stop();
    },
  };
}
