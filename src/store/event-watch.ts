/**
 * Hearing of committed events: migration `0002_events_notify` makes every append to the event log NOTIFY
 * `{ schema, tenantId, seq }` on {@link EVENTS_CHANNEL}, which PostgreSQL delivers at commit (never for a
 * rolled-back transaction). Every process that LISTENs hears every instance's commits; on PGlite the
 * notices stay in the process.
 */
export const EVENTS_CHANNEL = 'switchboard_events';

/** Events of a tenant were committed, up to `seq` (a hint: read the log from where you are). */
export interface EventsCommitted {
  tenantId: string;
  seq: number;
}

/** What a watch calls: on each notice, and after a lost connection came back (notices may have been missed). */
export interface EventWatcher {
  committed(notice: EventsCommitted): void;
  resync?(): void;
}

/** A running watch; `close` stops it. */
export interface EventWatch {
  close(): Promise<void>;
}

/** The notice in a payload, if it is about this schema's event log; anything else is someone else's. */
export function parseNotice(payload: string | undefined, schema: string): EventsCommitted | undefined {
  if (payload === undefined) return undefined;
  let notice: unknown;
  try {
    notice = JSON.parse(payload);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (typeof notice !== 'object' || notice === null) return undefined;
  const { schema: from, tenantId, seq } = notice as Record<string, unknown>;
  if (from !== schema || typeof tenantId !== 'string' || typeof seq !== 'number') return undefined;
  return { tenantId, seq };
}
