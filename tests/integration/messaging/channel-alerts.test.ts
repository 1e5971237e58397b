import type { RunningServer } from '../../../bot/server';
import type { Simulator } from '../../../simulator/server';
import type { Store } from '../../../src/store';
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

const channelId = '19:floor-alerts@thread.tacv2';

describe.each(backends())('queue alerts in the configured channel, on %s', (_name, openStore) => {
  let sim: Simulator;
  let store: Store;
  let server: RunningServer;
  let chat: ReturnType<typeof teamsChat>;
  beforeEach(async () => {
    sim = await simulator();
    store = await openStore();
    server = await startBot(sim, store, false, 'channel-alerts-center.yaml');
    chat = teamsChat(sim.url);
    await chat.addUser(sam, 'Sam Supervisor');
    await chat.install(sam);
  });
  afterEach(async () => {
    await server.close();
    await sim.close();
    await store.close();
  });

  const channelCards = async () =>
    botCards(
      (await chat.control('GET', `/_sim/chat/channels/${encodeURIComponent(channelId)}/transcript`)).body
        .activities,
    );

  it('posts the alert in the channel the bot was added to, not in the supervisors’ chats', async () => {
    const added = await chat.control('POST', '/_sim/chat/channels', {
      tenantId,
      teamId: '19:floor@thread.tacv2',
      channelId,
      name: 'Floor',
    });
    expect(added.body.botStatus).toBe(200);
    for (const from of ['+14255550111', '+14255550222'])
      await chat.control('POST', '/_sim/pstn/calls', { from, to: salesNumber });
    const cards = await until(channelCards, (all) =>
      all.some((card) => cardText(card).startsWith('Queue alert')),
    );
    expect(cardText(cards.at(-1))).toContain('2 callers are waiting in Sales (alert above 1).');
    await server.settle();
    expect(botCards(await chat.transcript(sam)).map((card) => cardText(card).split('\n')[0])).toEqual([
      'Switchboard in chat',
    ]);
  });
});
