import { backends } from '../contact-center/backends';
import {
  ann,
  bo,
  botCards,
  cardText,
  database,
  salesNumber,
  simulator,
  startBot,
  teamsChat,
  tenantId,
  until,
} from './messaging-harness';

describe.each(backends())('conversation references across a restart, on %s', (kind) => {
  it('sends a notice after a restart through the reference stored before it, with no new message', async () => {
    const sim = await simulator();
    const db = await database(kind);
    const chat = teamsChat(sim.url);
    try {
      let store = await db.open();
      let server = await startBot(sim, store);
      await chat.install(ann);
      await chat.install(bo);
      await chat.say(bo, 'not ready meeting');
      await server.close();
      await store.close();

      store = await db.open();
      server = await startBot(sim, store);
      try {
        await chat.control('POST', '/_sim/pstn/calls', { from: '+14255550123', to: salesNumber });
        await until(
          async () => (await chat.control('GET', `/_sim/users/${ann}`)).body.ringing.length > 0,
          Boolean,
        );
        await chat.control('POST', `/_sim/users/${ann}/decline`, {});
        const transcript = await until(
          () => chat.transcript(ann),
          (activities) => botCards(activities).some((card) => cardText(card).includes('Missed call')),
        );
        // Ann said nothing since she installed the app before the restart.
        expect(transcript.filter((a: any) => a.from.id === `29:${ann}`)).toEqual([]);
        expect(cardText(botCards(transcript).at(-1))).toContain('You missed a call from the Sales queue');
      } finally {
        await server.close();
        await store.close();
      }
    } finally {
      await sim.close();
      await db.drop();
    }
  }, 60_000);

  it('sends the notice of a miss logged while no server ran, once, from where the log was read', async () => {
    const sim = await simulator();
    const db = await database(kind);
    const chat = teamsChat(sim.url);
    try {
      let store = await db.open();
      let server = await startBot(sim, store);
      await chat.install(ann);
      await server.close();
      // Another instance logged a miss, then died before its notice was written.
      await store.events.append([
        {
          tenantId,
          name: 'missed',
          at: Date.now(),
          data: { queueId: 'sales', agentId: ann },
          dedupeKey: 'offline-miss',
        },
      ]);
      await store.close();

      store = await db.open();
      server = await startBot(sim, store);
      try {
        await until(
          async () => botCards(await chat.transcript(ann)),
          (cards) => cards.some((card) => cardText(card).includes('Missed call')),
        );
        await server.settle();
        const missed = botCards(await chat.transcript(ann)).filter((card) =>
          cardText(card).includes('Missed call'),
        );
        expect(missed).toHaveLength(1);
      } finally {
        await server.close();
        await store.close();
      }
    } finally {
      await sim.close();
      await db.drop();
    }
  }, 60_000);
});
