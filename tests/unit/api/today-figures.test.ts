import { randomUUID } from 'node:crypto';
import { type EventTail, startEventTail } from '../../../bot/api/realtime/event-tail';
import { createTodayFigures, type TodayFigures } from '../../../bot/api/supervisor/today-figures';
import { liveQueues } from '../../../src/analytics';
import { QueueSchema, type Tenant } from '../../../src/config';
import { createStore, type EventQuery, inMemory, type Store } from '../../../src/store';
import { newTenant } from '../store/store-fixtures';

const sales = QueueSchema.parse({ id: 'sales', name: 'Sales' });
const logger = { error: jest.fn(), warn: jest.fn() };

describe("today's figures, kept per tenant", () => {
  let store: Store;
  let reads: EventQuery[];
  let tail: EventTail;
  let today: TodayFigures;
  let tenant: Tenant;
  beforeAll(async () => {
    store = await createStore({ dataDir: inMemory });
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    tenant = { id: newTenant(), timeZone: 'Europe/London', queues: [sales] } as unknown as Tenant;
    reads = [];
    // Every read of the log, so a test can tell a fold of the day from a read of what is new.
    const counted = {
      ...store,
      events: { ...store.events, list: (q: EventQuery) => (reads.push(q), store.events.list(q)) },
    } as Store;
    tail = await startEventTail({ store: counted, holeGraceMs: 0, pollMs: 60_000, logger, now: Date.now });
    today = createTodayFigures(counted, tail);
  });
  afterEach(async () => {
    today.close();
    await tail.close();
  });

  const queued = (at = Date.now()) =>
    store.events.append([
      { tenantId: tenant.id, interactionId: randomUUID(), name: 'queued', at, data: { queueId: 'sales' } },
    ]);
  const waiting = async () => {
    const { live } = await today.read(tenant, Date.now());
    return liveQueues(live, Date.now()).find((q) => q.queueId === 'sales')?.waiting;
  };

  it('counts what was committed before each read, folding the day once and then reading only what is new', async () => {
    await queued();
    expect(await waiting()).toBe(1);
    const folds = () => reads.filter((q) => q.since !== undefined).length;
    expect(folds()).toBe(1);

    await queued();
    expect(await waiting()).toBe(2);
    await queued();
    expect(await waiting()).toBe(3);
    expect(folds()).toBe(1);
    // After the fold, every read asks only for events past the last one counted.
    const later = reads.filter((q) => q.since === undefined);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((q) => q.afterSeq !== undefined && q.afterSeq > 0)).toBe(true);
  });

  it('starts on a quiet day from the end of the log, and counts the day’s first event', async () => {
    await queued(Date.now() - 3 * 86_400_000);
    expect(await waiting()).toBe(0);
    await queued();
    expect(await waiting()).toBe(1);
  });

  it('gives every reader of a tenant the same figures, counted once', async () => {
    const [a, b] = await Promise.all([today.read(tenant, Date.now()), today.read(tenant, Date.now())]);
    expect(a).toBe(b);
    await queued();
    await queued();
    expect(await waiting()).toBe(2);
    expect((await today.read(tenant, Date.now())).lastSeq).toBe(await store.history.lastSeq(tenant.id));
  });
});
