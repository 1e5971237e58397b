import type { AgentState } from '../../../src/domain/agent';
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

export const heldAgentSkipped = 'skips a picked agent another matcher holds, without waiting for it';

export const overlappingMatchers =
  'a second matcher waits for the first and claims the next caller, never the one the first offered';

export const heldHeadWaitedFor =
  'a caller whose row another transaction holds keeps their place: the matcher waits, it does not skip them';

/**
 * What the router does with a claim: lock the first candidate still ready (the candidates are read unlocked)
 * and offer it the head call, in the same transaction.
 */
async function offerFirst(
  tx: StoreTx,
  match: ClaimedMatch,
  at: number,
): Promise<[string, string] | undefined> {
  const [call] = match.interactions;
  if (call === undefined || call.state.kind !== 'queued') return undefined;
  let agent: AgentState | undefined;
  for (const candidate of match.agents) {
    agent = await tx.agents.lockReady(call.tenantId, candidate.id, call.state.queueId);
    if (agent) break;
  }
  if (agent === undefined) return undefined;
  const { kind: _kind, ...place } = call.state;
  await tx.interactions.update(moved(call, { kind: 'offering', ...place, agentId: agent.id, offeredAt: at }));
  await tx.agents.update(reservedFor(agent, call.id, at));
  return [call.id, agent.id];
}

/** Whether `work` is still pending after a moment (blocked on a lock), without waiting for it to end. */
async function stillWaiting(work: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  const moment = new Promise((resolve) => setTimeout(() => resolve(pending), 300));
  return (
    (await Promise.race([
      work.then(
        () => undefined,
        () => undefined,
      ),
      moment,
    ])) === pending
  );
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

  ctx.it('locks a picked agent only while still ready for the queue', async () => {
    const tenantId = newTenant();
    const [call] = await seedWaiting(ctx.store(), tenantId, [queued('sales', 1, 1_000)]);
    await seedReadyAgents(ctx.store(), tenantId, 'sales', 1);
    const lock = (queueId: string) =>
      ctx.store().transaction(async (tx) => (await tx.agents.lockReady(tenantId, 'agent-0', queueId))?.id);
    expect([await lock('support'), await lock('sales')]).toEqual([undefined, 'agent-0']);
    const agent = (await ctx.store().agents.get(tenantId, 'agent-0'))!;
    await ctx.store().agents.update(reservedFor(agent, call!.id, 2_000));
    expect(await lock('sales')).toBe(undefined);
  });

  ctx.it(heldAgentSkipped, async () => {
    const tenantId = newTenant();
    await seedReadyAgents(ctx.store(), tenantId, 'sales', 2);
    const held = deferred();
    const release = deferred();
    const holder = ctx.store().transaction(async (tx) => {
      await tx.agents.lockReady(tenantId, 'agent-0', 'sales');
      held.resolve();
      await release.promise;
    });
    await held.promise;
    const attempt = await ctx
      .store()
      .transaction(async (tx) => [
        await tx.agents.lockReady(tenantId, 'agent-0', 'sales'),
        (await tx.agents.lockReady(tenantId, 'agent-1', 'sales'))?.id,
      ])
      .finally(release.resolve);
    await holder;
    expect(attempt).toEqual([undefined, 'agent-1']);
  });

  ctx.it("counts a caller's place in the queue and the agents serving it", async () => {
    const tenantId = newTenant();
    const [late, head, urgent] = await seedWaiting(ctx.store(), tenantId, [
      queued('sales', 2, 1_000),
      queued('sales', 2, 500),
      queued('sales', 1, 9_000),
    ]);
    await seedReadyAgents(ctx.store(), tenantId, 'sales', 3);
    const away = (await ctx.store().agents.get(tenantId, 'agent-2'))!;
    await ctx.store().agents.update({ ...away, status: 'notReady', reason: 'lunch' });
    const places = await ctx
      .store()
      .transaction(async (tx) =>
        Promise.all([urgent!, head!, late!].map((i) => tx.interactions.positionInQueue(i))),
      );
    expect(places).toEqual([1, 2, 3]);
    expect(await ctx.store().transaction((tx) => tx.agents.countServing(tenantId, 'sales'))).toBe(2);
    expect(await ctx.store().transaction((tx) => tx.agents.countServing(tenantId, 'support'))).toBe(0);
  });

  ctx.it(overlappingMatchers, async () => {
    const tenantId = newTenant();
    const [head, next] = await seedWaiting(ctx.store(), tenantId, [
      queued('sales', 1, 1_000),
      queued('sales', 1, 2_000),
    ]);
    await seedReadyAgents(ctx.store(), tenantId, 'sales', 2);
    const firstHolds = deferred();
    const release = deferred();
    const first = ctx.store().transaction(async (tx) => {
      const match = await tx.claimMatch(tenantId, 'sales');
      firstHolds.resolve();
      await release.promise;
      return offerFirst(tx, match, 5_000);
    });
    await firstHolds.promise;
    const second = ctx.store().transaction((tx) => tx.claimMatch(tenantId, 'sales'));
    const waited = await stillWaiting(second).finally(release.resolve);
    expect(await first).toEqual([head!.id, 'agent-0']);
    expect(waited).toBe(true);
    const claimed = await second;
    expect(claimed.interactions).toEqual([next]);
    expect(claimed.agents.map((a) => a.id)).toEqual(['agent-1']);
  });

  ctx.it(heldHeadWaitedFor, async () => {
    const tenantId = newTenant();
    const [head] = await seedWaiting(ctx.store(), tenantId, [
      queued('sales', 1, 1_000),
      queued('sales', 1, 2_000),
    ]);
    await seedReadyAgents(ctx.store(), tenantId, 'sales', 1);
    // A notification for the head caller, still being processed: it locks the row and changes nothing.
    const held = deferred();
    const release = deferred();
    const notification = ctx.store().transaction(async (tx) => {
      await tx.interactions.lock(tenantId, head!.id);
      held.resolve();
      await release.promise;
    });
    await held.promise;
    const claim = ctx.store().transaction((tx) => tx.claimMatch(tenantId, 'sales'));
    const waited = await stillWaiting(claim).finally(release.resolve);
    await notification;
    expect((await claim).interactions).toEqual([head]);
    expect(waited).toBe(true);
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
