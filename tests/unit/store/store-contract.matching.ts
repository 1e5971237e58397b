import { sql } from 'drizzle-orm';
import type { Interaction } from '../../../src/domain/interaction';
import type { ClaimedMatch, StoreTx } from '../../../src/store';
import type { ContractContext } from './store-contract';
import {
  countdown,
  deferred,
  moved,
  newTenant,
  queued,
  reservedFor,
  seedReadyAgents,
  seedWaiting,
} from './store-fixtures';

export const overlappingMatchers =
  'a second matcher gets neither the call nor the agents the first one holds';

/** What the router would do with a claim: offer the head call to the first agent, in the same transaction. */
async function offerFirst(
  tx: StoreTx,
  match: ClaimedMatch,
  at: number,
): Promise<[string, string] | undefined> {
  const [call] = match.interactions;
  const [agent] = match.agents;
  if (call === undefined || agent === undefined || call.state.kind !== 'queued') return undefined;
  const { kind: _kind, ...place } = call.state;
  await tx.interactions.update(moved(call, { kind: 'offering', ...place, agentId: agent.id, offeredAt: at }));
  await tx.agents.update(reservedFor(agent, call.id, at));
  return [call.id, agent.id];
}

const offeredTo = (i: Interaction) => (i.state.kind === 'offering' ? i.state.agentId : undefined);

/** The match claim: several matchers on one database never offer one agent two calls or one call to two agents. */
export function matchCases(ctx: ContractContext): void {
  ctx.it(
    'claims the head call with the agents ready for its queue, and nothing when no call waits',
    async () => {
      const tenantId = newTenant();
      const [late, head] = await seedWaiting(ctx.store(), tenantId, [
        queued('sales', 1, 2_000),
        queued('sales', 1, 1_000),
      ]);
      await seedReadyAgents(ctx.store(), tenantId, 'sales', 2);
      const match = await ctx.store().transaction((tx) => tx.claimMatch(tenantId, 'sales'));
      expect(match.interactions).toEqual([head]);
      expect(match.agents.map((a) => a.id)).toEqual(['agent-0', 'agent-1']);
      const both = await ctx
        .store()
        .transaction((tx) => tx.claimMatch(tenantId, 'sales', { interactions: 5 }));
      expect(both.interactions).toEqual([head, late]);
      expect(await ctx.store().transaction((tx) => tx.claimMatch(tenantId, 'support'))).toEqual({
        interactions: [],
        agents: [],
      });
    },
  );

  ctx.it(overlappingMatchers, async () => {
    const tenantId = newTenant();
    const [call] = await seedWaiting(ctx.store(), tenantId, [queued('sales', 1, 1_000)]);
    await seedReadyAgents(ctx.store(), tenantId, 'sales', 2);
    const firstHolds = deferred();
    const secondDone = deferred();
    const first = ctx.store().transaction(async (tx) => {
      const match = await tx.claimMatch(tenantId, 'sales');
      firstHolds.resolve();
      await secondDone.promise;
      return { match, offer: await offerFirst(tx, match, 5_000) };
    });
    await firstHolds.promise;
    // Were the rows locked without SKIP LOCKED, the second matcher would wait on the first: fail, don't hang.
    const second = await ctx
      .store()
      .transaction(async (tx) => {
        await tx.db.execute(sql`set local lock_timeout = '2s'`);
        return tx.claimMatch(tenantId, 'sales');
      })
      .finally(secondDone.resolve);
    expect(second).toEqual({ interactions: [], agents: [] });
    expect((await first).offer).toEqual([call!.id, 'agent-0']);
  });

  ctx.it('two matchers racing for one call and two agents: exactly one offers it', async () => {
    const tenantId = newTenant();
    const [call] = await seedWaiting(ctx.store(), tenantId, [queued('sales', 1, 1_000)]);
    await seedReadyAgents(ctx.store(), tenantId, 'sales', 2);
    // Both claim before either offers (or after half a second, if one is made to wait on the other's locks).
    const bothClaimed = countdown(2);
    const race = () =>
      ctx.store().transaction(async (tx) => {
        const match = await tx.claimMatch(tenantId, 'sales');
        bothClaimed.arrive();
        await Promise.race([bothClaimed.promise, new Promise((resolve) => setTimeout(resolve, 500))]);
        return offerFirst(tx, match, 5_000);
      });
    const offers = (await Promise.all([race(), race()])).filter((offer) => offer !== undefined);
    expect(offers).toHaveLength(1);
    const agents = await ctx.store().agents.list(tenantId);
    expect(agents.filter((a) => a.status === 'reserved').map((a) => a.interactionId)).toEqual([call!.id]);
  });

  ctx.it(
    '20 matchers over 50 calls and 10 agents offer each agent one call and each call to one agent',
    async () => {
      const tenantId = newTenant();
      const calls = await seedWaiting(
        ctx.store(),
        tenantId,
        Array.from({ length: 50 }, (_, i) => queued('sales', 1 + (i % 3), i)),
      );
      await seedReadyAgents(ctx.store(), tenantId, 'sales', 10);
      const offers: [string, string][] = [];
      const agentsLeft = async () =>
        (await ctx.store().agents.list(tenantId)).filter((a) => a.status === 'available').length;
      const matcher = async () => {
        for (let round = 0; round < 500; round += 1) {
          const offer = await ctx
            .store()
            .transaction(async (tx) => offerFirst(tx, await tx.claimMatch(tenantId, 'sales'), round));
          if (offer) offers.push(offer);
          else if ((await agentsLeft()) === 0) return;
        }
      };
      await Promise.all(Array.from({ length: 20 }, matcher));
      expect(offers).toHaveLength(10);
      expect(new Set(offers.map(([call]) => call)).size).toBe(10);
      expect(new Set(offers.map(([, agent]) => agent)).size).toBe(10);
      const stored = await Promise.all(calls.map((c) => ctx.store().interactions.get(tenantId, c.id)));
      const offered = stored.filter((i) => i?.state.kind === 'offering');
      expect(offered.map((i) => [i!.id, offeredTo(i!)]).sort()).toEqual([...offers].sort());
      const reserved = (await ctx.store().agents.list(tenantId)).filter((a) => a.status === 'reserved');
      expect(reserved.map((a) => [a.interactionId, a.id]).sort()).toEqual([...offers].sort());
    },
  );
}
