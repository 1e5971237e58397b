import { randomUUID } from 'node:crypto';
import { createCallProcessor } from '../../../src/calls';
import { ContactCenterSchema, createContactCenterDirectory } from '../../../src/config';
import type { Interaction } from '../../../src/domain/interaction';
import { agentPage, createRouter } from '../../../src/routing';
import { createStore, inMemory, type Store } from '../../../src/store';

const tenantId = randomUUID();
const agentIds = Array.from({ length: agentPage * 2 + 5 }, () => randomUUID());
/** The one agent with the queue's skill, who has been idle the shortest: the last row in longest-idle order. */
const expert = agentIds.at(-1)!;

function center(routing: 'longestIdle' | 'roundRobin') {
  return ContactCenterSchema.parse({
    version: 1,
    tenants: [
      {
        id: tenantId,
        name: 'Contoso',
        timeZone: 'Europe/London',
        numbers: [
          { phoneNumber: '+14255550100', applicationInstanceId: randomUUID(), name: 'Main', flow: 'main' },
        ],
        flows: [{ id: 'main', start: { type: 'queue', queue: 'sales' } }],
        queues: [{ id: 'sales', name: 'Sales', routing, skills: { french: 2 } }],
        agents: agentIds.map((id, i) => ({
          id,
          name: `Agent ${i}`,
          skills: id === expert ? { french: 3 } : { french: 1 },
          queues: ['sales'],
        })),
      },
    ],
  });
}

describe.each(['longestIdle', 'roundRobin'] as const)(
  'a %s router reading agents a page at a time',
  (routing) => {
    let store: Store;
    beforeEach(async () => {
      store = await createStore({ dataDir: inMemory });
    });
    afterEach(() => store.close());

    it('reads on past pages of unskilled agents to the one who has the skill', async () => {
      const now = Date.now();
      await store.agents.upsertConfigured(
        tenantId,
        agentIds.map((id) => ({ id, status: 'available' as const, signedInQueues: ['sales'] })),
        now,
      );
      await store.agents.setPresence(
        tenantId,
        agentIds.map((id) => ({ id, availability: 'Available', activity: 'Available' })),
        now,
      );
      // Each agent idle (and offered) a little later than the one before: the expert is read last either way.
      for (const [i, id] of agentIds.entries()) {
        const agent = (await store.agents.get(tenantId, id))!;
        await store.agents.update({
          ...agent,
          idleSince: now - 100_000 + i,
          lastOfferedAt: now - 100_000 + i,
        });
      }
      const call: Interaction = {
        id: randomUUID(),
        tenantId,
        channel: 'voice',
        callId: randomUUID(),
        caller: '+14255550123',
        dialled: '+14255550100',
        flowId: 'main',
        ivrPath: [],
        state: { kind: 'queued', queueId: 'sales', priority: 3, rank: now, enqueuedAt: now },
        media: { seq: 0, playing: undefined },
        arrivedAt: now,
        version: 1,
      };
      await store.transaction((tx) => tx.interactions.insert(call));
      const directory = createContactCenterDirectory(center(routing));
      const processor = createCallProcessor({
        store,
        directory,
        newId: randomUUID,
        keepAliveMs: 600_000,
        playSeconds: () => 0,
        committed: () => undefined,
      });
      const router = createRouter({ store, directory, processor, now: Date.now });

      expect(await router.offerNext(tenantId, 'sales')).toBe(true);
      expect(await store.agents.get(tenantId, expert)).toMatchObject({
        status: 'reserved',
        interactionId: call.id,
      });
    });
  },
);
