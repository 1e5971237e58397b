import pino from 'pino';
import { type EventTail, startEventTail } from '../../../bot/api';
import { createStore, type EventRow, type Store } from '../../../src/store';
import { postgresUrl } from '../contact-center/harness';
import { backends } from './api-harness';

const tenantId = 'fan-out-tenant';
const silent = pino({ level: 'silent' });
/** No safety-net poll: only commit notices can wake the tail. */
const noPoll = 3_600_000;

/** Two store handles on one database, as two server instances have: PGlite is one process, so one handle. */
const instances: Record<string, () => Promise<[Store, Store]>> = {
  PGlite: async () => {
    const store = await createStore({ dataDir: 'memory://' });
    return [store, store];
  },
  PostgreSQL: async () => {
    const schema = `sb_fanout_${process.pid}_${Date.now()}`;
    const a = await createStore({ databaseUrl: postgresUrl, schema });
    const b = await createStore({ databaseUrl: postgresUrl, schema });
    return [a, b];
  },
};

describe.each(backends())('the event tail across instances on %s', (name) => {
  let writer: Store;
  let reader: Store;
  let tail: EventTail;
  const received: { event: EventRow; at: number }[] = [];
  let stop: () => void;

  beforeEach(async () => {
    [writer, reader] = await instances[name]!();
    tail = await startEventTail({
      store: reader,
      holeGraceMs: 300,
      pollMs: noPoll,
      logger: silent,
      now: Date.now,
    });
    received.length = 0;
    stop = await tail.follow(tenantId, undefined, (event) => received.push({ event, at: Date.now() }));
  });
  afterEach(async () => {
    stop();
    await tail.close();
    await writer.close();
    if (reader !== writer) await reader.close();
  });

  const until = async (done: () => boolean, timeoutMs = 2000) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline)
        throw new Error(`not reached; got ${JSON.stringify(received.map((r) => r.event.name))}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const append = (tx: Pick<Store, 'events'>, name: string) =>
    tx.events.append([{ tenantId, name, at: Date.now() }]);

  it('hears another instance’s commit within a second, with no poll', async () => {
    const committedAt = Date.now();
    await writer.transaction((tx) => append(tx, 'offered'));
    await until(() => received.length === 1);
    expect(received[0]!.event.name).toBe('offered');
    expect(received[0]!.at - committedAt).toBeLessThan(1000);
  });

  it('never delivers the events of a transaction that rolled back', async () => {
    await expect(
      writer.transaction(async (tx) => {
        await append(tx, 'rolledBack');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await writer.transaction((tx) => append(tx, 'kept'));
    await until(() => received.length === 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(received.map((r) => r.event.name)).toEqual(['kept']);
  });

  it('gives up on a hole that never fills (a duplicate its dedupe key dropped) after the grace', async () => {
    await writer.events.append([{ tenantId, name: 'once', at: Date.now(), dedupeKey: 'k' }]);
    await writer.events.append([{ tenantId, name: 'once', at: Date.now(), dedupeKey: 'k' }]);
    const appendedAt = Date.now();
    await writer.events.append([{ tenantId, name: 'after', at: Date.now() }]);
    await until(() => received.length === 2);
    expect(received.map((r) => r.event.name)).toEqual(['once', 'after']);
    expect(received[1]!.at - appendedAt).toBeLessThan(1000);
  });

  it('resumes a follower from a seq with every later event exactly once while others keep committing', async () => {
    for (let i = 0; i < 5; i++) await append(writer, `before-${i}`);
    const resumeAfter = (await writer.events.list({ tenantId })).at(2)!.seq;
    const writing = (async () => {
      for (let i = 0; i < 30; i++) await writer.transaction((tx) => append(tx, `during-${i}`));
    })();
    const resumed: number[] = [];
    await new Promise((r) => setTimeout(r, 5));
    const stopResumed = await tail.follow(tenantId, resumeAfter, (event) => resumed.push(event.seq));
    await writing;
    const expected = (await writer.events.list({ tenantId, afterSeq: resumeAfter })).map((e) => e.seq);
    try {
      await until(() => resumed.length >= expected.length);
      await new Promise((r) => setTimeout(r, 100));
      expect(resumed).toEqual(expected);
    } finally {
      stopResumed();
    }
  });

  if (name === 'PostgreSQL')
    it('delivers in seq order when a later seq commits first, holding it back until the earlier one commits', async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      const slow = writer.transaction(async (tx) => {
        await append(tx, 'first');
        await held;
      });
      // Let the slow transaction take its seq before the fast one takes the next.
      await new Promise((r) => setTimeout(r, 50));
      await reader.transaction((tx) => append(tx, 'second'));
      await new Promise((r) => setTimeout(r, 100));
      expect(received).toEqual([]);
      release();
      await slow;
      await until(() => received.length === 2);
      expect(received.map((r) => r.event.name)).toEqual(['first', 'second']);
    });
});
