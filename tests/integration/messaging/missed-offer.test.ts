import type { RunningServer } from '../../../bot/server';
import type { Simulator } from '../../../simulator/server';
import { chatNoticeRepository, type Store } from '../../../src/store';
import { backends } from '../contact-center/backends';
import {
  ann,
  bo,
  botCards,
  cardText,
  salesNumber,
  simulator,
  startBot,
  teamsChat,
  tenantId,
  until,
} from './messaging-harness';

describe.each(backends())('the missed-offer notice, on %s', (_name, openStore) => {
  let sim: Simulator;
  let store: Store;
  let server: RunningServer;
  let chat: ReturnType<typeof teamsChat>;
  beforeEach(async () => {
    sim = await simulator();
    store = await openStore();
    server = await startBot(sim, store);
    chat = teamsChat(sim.url);
    await chat.install(bo);
    await chat.say(bo, 'not ready meeting');
  });
  afterEach(async () => {
    await server.close();
    await sim.close();
    await store.close();
  });

  const ringing = async (user: string) =>
    (await chat.control('GET', `/_sim/users/${user}`)).body.ringing.length > 0;
  /** A caller rings Ann, who declines; resolves with the notice card once it is in her chat. */
  async function annMissesACall() {
    await chat.install(ann);
    await chat.control('POST', '/_sim/pstn/calls', { from: '+14255550123', to: salesNumber });
    await until(() => ringing(ann), Boolean);
    await chat.control('POST', `/_sim/users/${ann}/decline`, {});
    const cards = await until(
      async () => botCards(await chat.transcript(ann)),
      (all) => all.some((card) => cardText(card).includes('Missed call')),
    );
    return cards.find((card) => cardText(card).includes('Missed call'));
  }

  it('tells the agent who missed the call, from which queue, that they are now not ready', async () => {
    const card = await annMissesACall();
    expect(cardText(card)).toContain('You missed a call from the Sales queue; you are now Not ready.');
    expect(cardText(card)).toContain('[Make me available]');
    // Teams refreshes the card for Ann alone when she opens the chat.
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', title: 'Refresh', verb: 'refresh', data: { queueName: 'Sales' } },
      userIds: [`29:${ann}`],
    });
    expect(await store.agents.get(tenantId, ann)).toMatchObject({ status: 'notReady', reason: 'missed' });
    const notices = await chatNoticeRepository(store.db).list(tenantId);
    expect(notices.map((n) => [n.recipient, n.kind, n.sentAt !== null])).toEqual([
      [ann, 'missedOffer', true],
    ]);
  });

  it('makes the agent available from the card’s button, and the card refreshes to the new state', async () => {
    const card = await annMissesACall();
    const refreshed = await chat.click(ann, card.id, 'refresh', { queueName: 'Sales' });
    expect(cardText(refreshed.body.botBody.value)).toContain('You missed a call from the Sales queue');

    const clicked = await chat.click(ann, card.id, 'available');
    expect(clicked.body.botStatus).toBe(200);
    expect(clicked.body.botBody).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    expect(cardText(clicked.body.botBody.value)).toContain('Ann Sales: Available');
    const states = (await store.events.list({ tenantId })).filter(
      (e) => e.name === 'agentState' && e.agentId === ann,
    );
    const statuses = states.map((e) => e.data.status);
    // Available after the miss (and offered the waiting caller at once, so perhaps reserved already).
    expect(statuses.slice(statuses.lastIndexOf('notReady'), statuses.lastIndexOf('notReady') + 2)).toEqual([
      'notReady',
      'available',
    ]);
    // The card in Ann's chat is the new one, in place of the missed-call card (refreshed once before).
    const inChat = botCards(await chat.transcript(ann)).find((c) => c.id === card.id);
    expect(inChat.updates).toBe(2);
    expect(cardText(inChat)).toContain('Ann Sales: Available');
    // Available again, she is offered the caller who went back to the head of the queue.
    await until(() => ringing(ann), Boolean);
  });

  it('answers a button it does not know, or a click from someone who is not an agent, with a card', async () => {
    const card = await annMissesACall();
    const unknown = await chat.click(ann, card.id, 'launchRocket');
    expect(cardText(unknown.body.botBody.value)).toContain(
      'That button ("launchRocket") is not one this bot knows.',
    );
    expect(await store.agents.get(tenantId, ann)).toMatchObject({ status: 'notReady' });
  });

  it('records a notice it cannot deliver to an agent who never installed the app, and sends nothing', async () => {
    await chat.control('POST', '/_sim/pstn/calls', { from: '+14255550123', to: salesNumber });
    await until(() => ringing(ann), Boolean);
    await chat.control('POST', `/_sim/users/${ann}/decline`, {});
    const [notice] = await until(
      () => chatNoticeRepository(store.db).list(tenantId),
      (all) => all.some((n) => n.discardedAt !== null),
    );
    expect(notice).toMatchObject({
      recipient: ann,
      kind: 'missedOffer',
      sentAt: null,
      lastError: 'no conversation reference: the app is not installed for the recipient',
    });
    expect((await chat.control('GET', `/_sim/chat/users/${ann}/transcript`)).status).toBe(404);
  });
});
