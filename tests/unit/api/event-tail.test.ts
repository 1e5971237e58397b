import { MAX_REPLAY, ReplayTooLongError, startEventTail } from '../../../bot/api';
import type { EventQuery, EventRow, EventWatcher } from '../../../src/store';

/** An event log in memory with the store's reading and watching surface; `commit` notifies like NOTIFY. */
function memoryLog(firstSeq = 0) {
  const rows: EventRow[] = [];
  let watcher: EventWatcher | undefined;
  return {
    store: {
      events: {
        list: async (q: EventQuery) =>
          rows
            .filter((r) => r.tenantId === q.tenantId && r.seq > (q.afterSeq ?? 0))
            .slice(0, q.limit ?? 10_000),
      },
      history: { lastSeq: async () => Math.max(firstSeq, ...rows.map((r) => r.seq)) },
      watchEvents: async (w: EventWatcher) => {
        watcher = w;
        return { close: async () => undefined };
      },
    } as never,
    commit(seq: number, name = `e${seq}`) {
      rows.push({
        seq,
        tenantId: 't',
        interactionId: null,
        agentId: null,
        name,
        at: 0,
        data: {},
        dedupeKey: null,
      });
      rows.sort((a, b) => a.seq - b.seq);
      watcher?.committed({ tenantId: 't', seq });
    },
  };
}

const logger = { error: jest.fn(), warn: jest.fn() };
const flush = () => new Promise((r) => setTimeout(r, 5));

describe('the event tail', () => {
  it('holds events back behind a hole, and delivers them in order once it fills', async () => {
    const log = memoryLog();
    const tail = await startEventTail({ store: log.store, holeGraceMs: 10_000, logger, now: Date.now });
    const seen: number[] = [];
    const stop = await tail.follow('t', undefined, (e) => seen.push(e.seq));
    log.commit(2);
    log.commit(3);
    await flush();
    expect(seen).toEqual([]);
    log.commit(1);
    await flush();
    expect(seen).toEqual([1, 2, 3]);
    stop();
    await tail.close();
  });

  it('gives up on a hole once the grace has passed', async () => {
    let now = 1_000;
    const log = memoryLog();
    const tail = await startEventTail({ store: log.store, holeGraceMs: 200, logger, now: () => now });
    const seen: number[] = [];
    const stop = await tail.follow('t', undefined, (e) => seen.push(e.seq));
    log.commit(2);
    await flush();
    expect(seen).toEqual([]);
    now += 200;
    log.commit(3);
    await flush();
    expect(seen).toEqual([2, 3]);
    stop();
    await tail.close();
  });

  it('refuses to replay a reconnect further behind than it keeps, so the tab reloads instead', async () => {
    const log = memoryLog(MAX_REPLAY + 50);
    const tail = await startEventTail({ store: log.store, holeGraceMs: 0, logger, now: Date.now });
    await expect(tail.follow('t', 10, () => undefined)).rejects.toBeInstanceOf(ReplayTooLongError);
    await tail.close();
  });
});
