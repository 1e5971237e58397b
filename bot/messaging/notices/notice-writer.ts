import type { Logger } from 'pino';
import type { ContactCenterDirectory, Tenant } from '../../../src/config';
import {
  chatNoticeRepository,
  type EventRow,
  type NewChatNotice,
  queueAlertRepository,
  type Store,
} from '../../../src/store';
import type { EventTail } from '../../api';
import { ReplayTooLongError } from '../../api';
import type { QueueAlertFacts } from '../cards/notice-cards';
import { channelRecipient } from '../conversation-reference';
import { readThresholds } from './queue-thresholds';
import { queueTiles, watchTenant } from './tenant-watch';

/** What the writer reads and writes. */
export interface NoticeWriterOptions {
  tenants: readonly Tenant[];
  directory: ContactCenterDirectory;
  store: Store;
  tail: EventTail;
  logger: Pick<Logger, 'error' | 'warn'>;
  now(): number;
  /** How often thresholds that cross with time alone (longest wait) are read again; 1 s unless given. */
  alertCheckMs?: number;
  /** Called after notices were written, so the sender goes at once. */
  written(): void;
}

/** A running writer. */
export interface NoticeWriter {
  /** Resolves once every event delivered so far and any check in progress are handled. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Turns the event log into chat notices: a `missed` offer becomes the agent's missed-call notice, and every
 * change of a queue (and a clock tick) is read against the queue's alert thresholds. Each notice is written
 * once whatever the number of instances (dedupe key per cause; a threshold's crossing raised by exactly one
 * instance), and the per-tenant cursor in the store carries the log position across restarts.
 */
export async function startNoticeWriter(options: NoticeWriterOptions): Promise<NoticeWriter> {
  const { store, logger } = options;
  const notices = chatNoticeRepository(store.db);
  const followers: (() => void)[] = [];
  let work: Promise<void> = Promise.resolve();
  const serially = (job: () => Promise<void>) => {
    work = work
      .then(job)
      .catch((error: unknown) => logger.error({ err: error }, 'writing chat notices failed'));
  };

  const tenants = await Promise.all(
    options.tenants.map(async (tenant) => {
      const cursor = (await notices.cursor(tenant.id)) ?? (await store.history.lastSeq(tenant.id));
      await notices.advance(tenant.id, cursor);
      const watch = await watchTenant(store, tenant, cursor, options.now());
      const known = new Map<string, boolean>();
      // After a failed event the cursor stays put, so the next start reads it again (notices are deduped).
      return { tenant, cursor, watch, known, stuck: false };
    }),
  );

  const checkAlerts = async (entry: (typeof tenants)[number]) => {
    const { tenant, watch, known } = entry;
    const now = options.now();
    const tiles = queueTiles(watch.live, now);
    for (const queue of tenant.queues) {
      for (const reading of readThresholds(queue, tiles.get(queue.id))) {
        const key = `${queue.id}/${reading.threshold}`;
        if (known.get(key) === reading.over) continue;
        const alert = { tenantId: tenant.id, queueId: queue.id, threshold: reading.threshold };
        if (!reading.over) {
          await queueAlertRepository(store.db).clear(alert, now);
          known.set(key, false);
          continue;
        }
        const facts: QueueAlertFacts = {
          queueName: queue.name,
          ...reading,
          at: now,
          timeZone: tenant.timeZone,
        };
        const wrote = await store.transaction(async (tx) => {
          const crossing = await queueAlertRepository(tx.db).raise(alert, now);
          if (crossing === undefined) return 0;
          const batch = alertRecipients(tenant).map(
            (recipient): NewChatNotice => ({
              tenantId: tenant.id,
              recipient,
              kind: 'queueAlert',
              payload: { ...facts },
              dedupeKey: `alert:${queue.id}:${reading.threshold}:${crossing}:${recipient}`,
              at: now,
            }),
          );
          return chatNoticeRepository(tx.db).enqueue(batch);
        });
        known.set(key, true);
        if (wrote > 0) options.written();
      }
    }
  };

  const handle = async (entry: (typeof tenants)[number], event: EventRow) => {
    entry.watch.apply(event);
    const data = event.data as { queueId?: unknown; agentId?: unknown };
    // Interaction events carry the agent in their data; the column is for agents' own events.
    const agentId = event.agentId ?? (typeof data.agentId === 'string' ? data.agentId : undefined);
    if (event.name === 'missed' && agentId) {
      const queueId = String(data.queueId ?? '');
      const queueName = options.directory.queue(entry.tenant.id, queueId)?.name ?? queueId;
      const wrote = await notices.enqueue([
        {
          tenantId: entry.tenant.id,
          recipient: agentId,
          kind: 'missedOffer',
          payload: { queueId, queueName, at: event.at, timeZone: entry.tenant.timeZone },
          dedupeKey: `missed:${event.seq}`,
          at: options.now(),
        },
      ]);
      if (wrote > 0) options.written();
    }
    if (typeof data.queueId === 'string') await checkAlerts(entry);
    if (!entry.stuck) await notices.advance(entry.tenant.id, event.seq);
  };

  for (const entry of tenants) {
    const deliver = (event: EventRow) =>
      serially(() =>
        handle(entry, event).catch((error: unknown) => {
          entry.stuck = true;
          throw error;
        }),
      );
    try {
      followers.push(await options.tail.follow(entry.tenant.id, entry.cursor, deliver));
    } catch (error) {
      if (!(error instanceof ReplayTooLongError)) throw error;
      logger.warn({ tenantId: entry.tenant.id }, 'chat notices were too far behind; resuming from now');
      followers.push(await options.tail.follow(entry.tenant.id, undefined, deliver));
    }
    serially(() => checkAlerts(entry));
  }
  const tick = setInterval(() => {
    for (const entry of tenants) serially(() => checkAlerts(entry));
  }, options.alertCheckMs ?? 1000);
  tick.unref();

  return {
    settle: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== work) {
        seen = work;
        await work;
      }
    },
    stop: async () => {
      clearInterval(tick);
      for (const stop of followers) stop();
      await work;
    },
  };
}

/** Where a tenant's queue alerts go: its alerts channel if configured, else each supervisor's personal chat. */
function alertRecipients(tenant: Tenant): string[] {
  return tenant.alertsChannel ? [channelRecipient(tenant.alertsChannel)] : [...tenant.supervisors];
}
