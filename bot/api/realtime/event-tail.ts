import type { Logger } from 'pino';
import type { EventRow, EventWatch, Store } from '../../../src/store';

/** Reads one tenant's event log after each commit notice and hands every new event to its followers. */
export interface EventTail {
  /**
   * Calls `deliver` with each event of the tenant, in `seq` order: first those after `afterSeq` already in
   * the log (a reconnect's `Last-Event-ID`), then each one as it is committed. Resolves once following,
   * with the function that stops it.
   */
  follow(
    tenantId: string,
    afterSeq: number | undefined,
    deliver: (event: EventRow) => void,
  ): Promise<() => void>;
  /**
   * Reads what the tenant's log holds now and delivers it to the tenant's followers before resolving (a
   * read after a write sees the write); events behind a hole still wait for it, as ever.
   */
  catchUp(tenantId: string): Promise<void>;
  close(): Promise<void>;
}

/** How the tail reads. */
export interface EventTailOptions {
  store: Pick<Store, 'events' | 'history' | 'watchEvents'>;
  /**
   * How long a hole in `seq` holds back later events. PostgreSQL hands out `seq` at insert, not at commit,
   * so a transaction still open leaves a hole another's commit can get ahead of; the tail delivers in `seq`
   * order and waits this long for the hole to fill before deciding it never will (a rollback, or a
   * duplicate dropped by its dedupe key). 0 on PGlite, where transactions run one at a time.
   */
  holeGraceMs: number;
  /** A safety-net read of every followed tenant, in case a notice was lost; 2 s unless given. */
  pollMs?: number;
  logger: Pick<Logger, 'error' | 'warn'>;
  now(): number;
}

/** Events read per query; a longer backlog is read in pages. */
const PAGE = 500;
/** A reconnect further behind than this many events (of the tenant) is refused with {@link ReplayTooLongError}. */
export const MAX_REPLAY = 10_000;

interface Follower {
  deliver(event: EventRow): void;
  /** Events the tail dispatched while the follower's replay ran; undefined once live. */
  pending: EventRow[] | undefined;
  /** Nothing at or below this is delivered (the client has it). */
  after: number;
}

interface TenantTail {
  tenantId: string;
  /** Every seq at or below it was dispatched or given up. */
  floor: number;
  /** Events read beyond a hole, waiting for it to fill. */
  held: Map<number, EventRow>;
  holeSince: number | undefined;
  recheck: NodeJS.Timeout | undefined;
  followers: Set<Follower>;
  reading: Promise<void> | undefined;
  again: boolean;
}

/**
 * Starts the tail: one reader per followed tenant per process, woken by the store's commit notices
 * (PostgreSQL LISTEN/NOTIFY across instances, in-process on PGlite) and by a slow poll, fanning events out
 * to every follower in this process.
 */
export async function startEventTail(options: EventTailOptions): Promise<EventTail> {
  const { store, logger } = options;
  const tails = new Map<string, Promise<TenantTail>>();
  const live = new Map<string, TenantTail>();

  const pump = (tail: TenantTail): Promise<void> => {
    if (tail.reading) {
      tail.again = true;
      return tail.reading;
    }
    tail.reading = (async () => {
      try {
        do {
          tail.again = false;
          const rows = await store.events.list({
            tenantId: tail.tenantId,
            afterSeq: tail.floor,
            limit: PAGE,
          });
          for (const row of rows) if (row.seq > tail.floor) tail.held.set(row.seq, row);
          advance(tail);
          if (rows.length === PAGE) tail.again = true;
        } while (tail.again);
      } catch (error) {
        logger.error(
          { err: error, tenantId: tail.tenantId },
          'reading the event log failed; the poll retries',
        );
      } finally {
        tail.reading = undefined;
      }
    })();
    return tail.reading;
  };

  /** Dispatches held events in seq order, waiting out a hole for at most the grace. */
  const advance = (tail: TenantTail) => {
    for (;;) {
      const next = tail.held.get(tail.floor + 1);
      if (next) {
        tail.held.delete(next.seq);
        tail.floor = next.seq;
        tail.holeSince = undefined;
        dispatch(tail, next);
        continue;
      }
      if (tail.held.size === 0) {
        tail.holeSince = undefined;
        return;
      }
      const now = options.now();
      tail.holeSince ??= now;
      const waited = now - tail.holeSince;
      if (waited >= options.holeGraceMs) {
        tail.floor = Math.min(...tail.held.keys()) - 1;
        tail.holeSince = undefined;
        continue;
      }
      if (!tail.recheck) {
        tail.recheck = setTimeout(() => {
          tail.recheck = undefined;
          void pump(tail);
        }, options.holeGraceMs - waited);
        tail.recheck.unref();
      }
      return;
    }
  };

  const dispatch = (tail: TenantTail, event: EventRow) => {
    for (const follower of tail.followers) {
      if (follower.pending) follower.pending.push(event);
      else if (event.seq > follower.after) follower.deliver(event);
    }
  };

  const tenantTail = (tenantId: string): Promise<TenantTail> => {
    let tail = tails.get(tenantId);
    if (!tail) {
      tail = store.history.lastSeq(tenantId).then((floor) => {
        const created: TenantTail = {
          tenantId,
          floor,
          held: new Map(),
          holeSince: undefined,
          recheck: undefined,
          followers: new Set(),
          reading: undefined,
          again: false,
        };
        live.set(tenantId, created);
        return created;
      });
      tail.catch(() => tails.delete(tenantId));
      tails.set(tenantId, tail);
    }
    return tail;
  };

  const forget = (tail: TenantTail) => {
    if (tail.followers.size > 0) return;
    if (tail.recheck) clearTimeout(tail.recheck);
    tails.delete(tail.tenantId);
    live.delete(tail.tenantId);
  };

  const watch: EventWatch = await store.watchEvents({
    committed: (notice) => {
      const tail = live.get(notice.tenantId);
      if (tail && notice.seq > tail.floor) void pump(tail);
    },
    resync: () => {
      for (const tail of live.values()) void pump(tail);
    },
  });
  const poll = setInterval(() => {
    for (const tail of live.values()) void pump(tail);
  }, options.pollMs ?? 2000);
  poll.unref();

  return {
    async follow(tenantId, afterSeq, deliver) {
      const tail = await tenantTail(tenantId);
      if (afterSeq !== undefined && tail.floor - afterSeq > MAX_REPLAY) {
        forget(tail);
        throw new ReplayTooLongError(tenantId, afterSeq);
      }
      const follower: Follower = { deliver, pending: [], after: afterSeq ?? tail.floor };
      tail.followers.add(follower);
      try {
        const replayed = afterSeq === undefined ? new Set<number>() : await replay(tail, afterSeq, deliver);
        for (const event of follower.pending ?? [])
          if (event.seq > follower.after && !replayed.has(event.seq)) deliver(event);
        follower.pending = undefined;
      } catch (error) {
        tail.followers.delete(follower);
        forget(tail);
        throw error;
      }
      return () => {
        tail.followers.delete(follower);
        forget(tail);
      };
    },
    async catchUp(tenantId) {
      const tail = live.get(tenantId);
      if (tail) await pump(tail);
    },
    async close() {
      clearInterval(poll);
      for (const tail of live.values()) if (tail.recheck) clearTimeout(tail.recheck);
      await watch.close();
    },
  };

  /** Delivers what the log holds after `afterSeq` up to what the tail has dispatched; returns their seqs. */
  async function replay(
    tail: TenantTail,
    afterSeq: number,
    deliver: (event: EventRow) => void,
  ): Promise<Set<number>> {
    const replayed = new Set<number>();
    let cursor = afterSeq;
    for (;;) {
      const rows = await store.events.list({ tenantId: tail.tenantId, afterSeq: cursor, limit: PAGE });
      // Past the tail's floor, the tail itself delivers them (in order, after any hole is settled).
      const upTo = tail.floor;
      const due = rows.filter((row) => row.seq <= upTo);
      for (const row of due) {
        replayed.add(row.seq);
        deliver(row);
      }
      if (due.length < rows.length || rows.length < PAGE) return replayed;
      cursor = due.at(-1)?.seq ?? cursor;
    }
  }
}

/** A reconnect asked for more than {@link MAX_REPLAY} events: the client should reload its state instead. */
export class ReplayTooLongError extends Error {
  override readonly name = 'ReplayTooLongError';
  constructor(
    readonly tenantId: string,
    readonly afterSeq: number,
  ) {
    super(`more than ${MAX_REPLAY} events since ${afterSeq} in tenant ${tenantId}`);
  }
}
