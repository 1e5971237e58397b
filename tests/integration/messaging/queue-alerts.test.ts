import type { RunningServer } from '../../../bot/server';
import type { Simulator } from '../../../simulator/server';
import { chatNoticeRepository, queueAlerts, type Store } from '../../../src/store';
import { backends } from '../contact-center/backends';
import {
  botCards,
  cardText,
  salesNumber,
  sam,
  simulator,
  startBot,
  teamsChat,
  tenantId,
  until,
} from './messaging-harness';

describe.each(backends())('supervisor alerts when a queue crosses a threshold, on %s', (_name, openStore) => {
  let sim: Simulator;
  let store: Store;
  let instances: RunningServer[];
  let chat: ReturnType<typeof teamsChat>;
  beforeEach(async () => {
    sim = await simulator();
    store = await openStore();
    // Two instances on one database, agents offline so callers wait: both read every event.
    instances = [await startBot(sim, store, false), await startBot(sim, store, false)];
    chat = teamsChat(sim.url);
    await chat.addUser(sam, 'Sam Supervisor');
    await chat.install(sam);
  });
  afterEach(async () => {
    for (const server of instances) await server.close();
    await sim.close();
    await store.close();
  });

  const alerts = async () =>
    botCards(await chat.transcript(sam)).filter((card) => cardText(card).startsWith('Queue alert: Sales'));
  const waiting = (count: number) =>
    until(
      () => store.interactions.queueLengths(tenantId),
      (q) => (q.sales ?? 0) === count,
    );
  const dial = async (from: string) =>
    (await chat.control('POST', '/_sim/pstn/calls', { from, to: salesNumber })).body.id as string;
  /** Lets both instances read the queue several times (each reads it every 100 ms). */
  const severalChecks = async () => {
    await new Promise((r) => setTimeout(r, 600));
    for (const server of instances) await server.settle();
  };

  it('alerts once per crossing, from one instance, and again only after the queue went back under', async () => {
    const first = await dial('+14255550111');
    await waiting(1);
    await severalChecks();
    expect(await alerts()).toHaveLength(0);

    const second = await dial('+14255550222');
    await waiting(2);
    const [alert] = await until(alerts, (cards) => cards.length > 0);
    expect(cardText(alert)).toContain('2 callers are waiting in Sales (alert above 1).');

    await dial('+14255550333');
    await waiting(3);
    await severalChecks();
    expect(await alerts()).toHaveLength(1);

    for (const leg of [first, second]) await chat.control('POST', `/_sim/pstn/calls/${leg}/hangup`, {});
    await waiting(1);
    await until(
      () => store.db.select().from(queueAlerts),
      (rows) => rows.some((row) => row.queueId === 'sales' && !row.raised),
    );

    await dial('+14255550444');
    await waiting(2);
    await until(alerts, (cards) => cards.length === 2);
    await severalChecks();
    expect(await alerts()).toHaveLength(2);
    const rows = await store.db.select().from(queueAlerts);
    expect(rows.map((r) => [r.queueId, r.threshold, r.raised, r.crossings])).toEqual([
      ['sales', 'waitingCalls', true, 2],
    ]);
    const notices = await chatNoticeRepository(store.db).list(tenantId);
    expect(notices.map((n) => [n.recipient, n.kind, n.dedupeKey, n.sentAt !== null])).toEqual([
      [sam, 'queueAlert', `alert:sales:waitingCalls:1:${sam}`, true],
      [sam, 'queueAlert', `alert:sales:waitingCalls:2:${sam}`, true],
    ]);
  });
});
