/**
 * Issue 6, end to end: today's KPIs as a supervisor's request gets them from a store holding a day of
 * 1,000,000 events (50 queues), on PGlite and PostgreSQL. "First read" is a tenant's first request after a
 * start: the day read from the store and folded. "Request" is every one after it: catch up with one new
 * event, then every queue's tile and its KPIs. Baseline: an empty transaction on the same store.
 */
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { startEventTail } from '../bot/api/realtime/event-tail';
import { createTodayFigures } from '../bot/api/supervisor/today-figures';
import { liveQueues, todayWindow } from '../src/analytics';
import { QueueSchema, type Tenant } from '../src/config';
import type { NewEvent, Store } from '../src/store';
import { onEachStore } from './lib/bench-stores';
import { guid } from './lib/big-center';
import { eventDay } from './lib/event-day';
import { fmt, printTable, ratio, since, summarize, verdict } from './lib/stats';

const timeZone = 'Europe/London';
const now = Date.now();
const day = eventDay({ target: 1_000_000, queues: 50, agents: 500, from: todayWindow(now, timeZone).from });
const tenant = {
  id: guid('today-figures-tenant'),
  timeZone,
  queues: day.queueIds.map((id) => QueueSchema.parse({ id, name: id })),
} as unknown as Tenant;
const uuids = new Map<string, string>();
const uuidOf = (id: string) => uuids.get(id) ?? (uuids.set(id, guid(id)), uuids.get(id)!);
const rows: NewEvent[] = day.events.map((event) => ({
  tenantId: tenant.id,
  ...(event.interactionId ? { interactionId: uuidOf(event.interactionId) } : {}),
  ...(event.agentId ? { agentId: event.agentId } : {}),
  name: event.name,
  at: event.at,
  data: event.data as Record<string, unknown>,
}));

async function measure(name: string, store: Store): Promise<string[][]> {
  const loading = performance.now();
  for (let i = 0; i < rows.length; i += 2000) await store.events.append(rows.slice(i, i + 2000));
  // A running server's tables have statistics (autovacuum on PostgreSQL, the store's own on PGlite).
  await store.db.execute(sql`analyze`);
  process.stdout.write(
    `${name}: ${rows.length.toLocaleString('en')} events stored in ${fmt(since(loading) / 1000, ' s')}\n`,
  );
  const empty: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    await store.transaction((tx) => tx.db.execute(sql`select 1`));
    empty.push(since(start));
  }
  const logger = pino({ level: 'silent' });
  const tail = await startEventTail({ store, holeGraceMs: 0, pollMs: 60_000, logger, now: Date.now });
  const today = createTodayFigures(store, tail);
  try {
    const started = performance.now();
    await today.read(tenant, Date.now());
    const first = since(started);
    const requests: number[] = [];
    for (let i = 0; i < 200; i++) {
      await store.events.append([{ ...rows[i]!, at: Date.now() }]);
      const start = performance.now();
      const { live } = await today.read(tenant, Date.now());
      let served = 0;
      for (const tile of liveQueues(live, Date.now())) served += tile.kpis.serviceLevel === null ? 0 : 1;
      if (served < 0) throw new Error('unreachable');
      requests.push(since(start));
    }
    const floor = summarize(empty);
    const request = summarize(requests);
    return [
      [
        `${name}: request (catch up, 50 tiles)`,
        fmt(request.p50, ' ms'),
        fmt(request.p99, ' ms'),
        fmt(floor.p50, ' ms'),
        ratio(request.p50, floor.p50),
        '< 200 ms',
        verdict(request.p99, 200),
      ],
      [
        `${name}: first read after a start`,
        fmt(first, ' ms'),
        '',
        fmt(floor.p50, ' ms'),
        ratio(first, floor.p50),
        '',
        '',
      ],
    ];
  } finally {
    today.close();
    await tail.close();
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `${rows.length.toLocaleString('en')} events today (${day.calls.toLocaleString('en')} calls), 50 queues, 500 agents\n`,
  );
  const table = await onEachStore('today', measure);
  printTable(['figure', 'p50', 'p99', 'empty tx p50', 'ratio', 'goal', ''], table);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
