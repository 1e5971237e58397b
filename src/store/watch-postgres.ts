import { Client } from 'pg';
import { EVENTS_CHANNEL, type EventWatch, type EventWatcher, parseNotice } from './event-watch';

/** Backoff between attempts to listen again after the connection broke. */
const RETRY_MS = [100, 250, 500, 1000, 2000, 5000];

/**
 * LISTENs on the event channel over a connection of its own (a pooled one would be handed to others), and
 * keeps listening: when the connection breaks it reconnects with backoff and calls `resync`, since notices
 * sent meanwhile are lost. Resolves once listening; rejects when the first connection fails.
 */
export async function watchPostgres(
  databaseUrl: string,
  schema: string,
  watcher: EventWatcher,
): Promise<EventWatch> {
  let closed = false;
  let client: Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;

  const listen = async (): Promise<void> => {
    const next = new Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL) return;
      const notice = parseNotice(message.payload, schema);
      if (notice) watcher.committed(notice);
    });
    let broken = false;
    const lost = () => {
      if (broken) return;
      broken = true;
      if (client === next) client = undefined;
      void next.end().catch(() => undefined);
      schedule();
    };
    next.on('error', lost);
    next.on('end', lost);
    await next.connect();
    await next.query(`LISTEN ${EVENTS_CHANNEL}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    attempt = 0;
  };

  const schedule = () => {
    if (closed || retry) return;
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 5000;
    attempt += 1;
    retry = setTimeout(() => {
      retry = undefined;
      listen().then(
        () => watcher.resync?.(),
        () => schedule(),
      );
    }, delay);
    retry.unref();
  };

  try {
    await listen();
  } catch (error) {
    closed = true;
    if (retry) clearTimeout(retry);
    throw error;
  }
  return {
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      const open = client;
      client = undefined;
      await open?.end();
    },
  };
}
