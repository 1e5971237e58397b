import type { RunningServer } from '../../../bot/server';
import type { Simulator } from '../../../simulator/server';
import { chatConversations, type Store } from '../../../src/store';
import { backends } from '../contact-center/backends';
import {
  ann,
  bo,
  botCards,
  cardText,
  nia,
  salesNumber,
  simulator,
  startBot,
  teamsChat,
  tenantId,
  until,
} from './messaging-harness';

describe.each(backends())('agents in personal chat with the bot, on %s', (_name, openStore) => {
  let sim: Simulator;
  let store: Store;
  let server: RunningServer;
  let chat: ReturnType<typeof teamsChat>;
  beforeAll(async () => {
    sim = await simulator();
    store = await openStore();
    server = await startBot(sim, store);
    chat = teamsChat(sim.url);
    await chat.addUser(nia, 'Nia Guest');
    for (const user of [ann, bo, nia]) expect((await chat.install(user)).body.botStatus).toBe(200);
  });
  afterAll(async () => {
    await server.close();
    await sim.close();
    await store.close();
  });

  /** Says something and returns the text of the card the bot answered with. */
  const ask = async (user: string, text: string) => {
    const answer = await chat.say(user, text);
    expect(answer.body.botStatus).toBe(200);
    const cards = botCards(await chat.transcript(user));
    return cardText(cards.at(-1));
  };

  it('greets an agent who installs the app with the help card, and keeps where to reach them', async () => {
    const transcript = await chat.transcript(ann);
    expect(cardText(botCards(transcript)[0])).toContain('Switchboard in chat');
    const rows = await store.db.select().from(chatConversations);
    const annRow = rows.find((row) => row.recipient === ann);
    expect(annRow).toMatchObject({
      tenantId,
      conversationId: (await chat.control('GET', `/_sim/chat/users/${ann}/transcript`)).body.conversationId,
    });
    expect(annRow?.serviceUrl).toBe(`${sim.url}/botframework/teams/`);
  });

  it('answers "status" with the agent’s status and the queues they are signed in to', async () => {
    const card = await ask(ann, 'status');
    expect(card).toContain('Ann Sales: Available');
    expect(card).toContain('Signed in to: Sales');
    expect(card).toContain('[Not ready (break)]');
  });

  it('sets the agent not ready with the reason typed, and available again', async () => {
    expect(await ask(ann, '  Not Ready   lunch ')).toContain('Status: Not ready (lunch)');
    expect(await store.agents.get(tenantId, ann)).toMatchObject({ status: 'notReady', reason: 'lunch' });
    expect(await ask(ann, 'available')).toContain('Ann Sales: Available');
    expect(await store.agents.get(tenantId, ann)).toMatchObject({ status: 'available' });
  });

  it('refuses a reason too long, naming its length, and changes nothing', async () => {
    const card = await ask(ann, `not ready ${'x'.repeat(61)}`);
    expect(card).toContain('The reason is 61 characters long; keep it to 60.');
    expect(await store.agents.get(tenantId, ann)).toMatchObject({ status: 'available' });
  });

  it('lists the agent’s queues with the callers waiting and where they are signed in', async () => {
    await ask(ann, 'not ready meeting');
    await ask(bo, 'not ready meeting');
    await chat.control('POST', '/_sim/pstn/calls', { from: '+14255550123', to: salesNumber });
    await until(
      () => store.interactions.queueLengths(tenantId),
      (q) => q.sales === 1,
    );
    const card = await ask(bo, 'queues');
    expect(card.split('\n')).toEqual([
      'Your queues',
      'Queue',
      'Waiting',
      'Signed in',
      'Support',
      '0',
      'Yes',
      'Sales',
      '1',
      'Yes',
    ]);
  });

  it.each(['help', '?'])('answers %j with the help card', async (text) => {
    expect(await ask(bo, text)).toContain('not ready <reason>: stop taking calls');
  });

  it('answers what it does not understand with the help card, quoting it', async () => {
    const card = await ask(bo, 'make me a coffee');
    expect(card).toContain('I did not understand "make me a coffee".');
    expect(card).toContain('queues: callers waiting in your queues');
  });

  it('tells a Teams user who is not an agent, politely, that there is nothing to show', async () => {
    for (const text of ['status', 'available']) {
      const card = await ask(nia, text);
      expect(card).toContain('Switchboard is for contact-center agents');
    }
    expect(await store.agents.get(tenantId, nia)).toBeUndefined();
  });
});
