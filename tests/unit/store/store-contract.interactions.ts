import { StoreError } from '../../../src/store';
import type { ContractContext } from './store-contract';
import { anInteraction, moved, newTenant, queued, seedWaiting } from './store-fixtures';

/** Interactions: stored once per call, written optimistically, listed in routing order. */
export function interactionCases(ctx: ContractContext): void {
  ctx.it('reads a stored interaction back by id and by call id, and not from another tenant', async () => {
    const tenantId = newTenant();
    const stored = anInteraction(tenantId, {
      caller: undefined,
      ivrPath: ['main:1'],
      state: queued('sales', 2, 5_000),
    });
    expect(await ctx.store().interactions.insert(stored)).toBe(true);
    expect(await ctx.store().interactions.get(tenantId, stored.id)).toEqual(stored);
    expect(await ctx.store().interactions.findByCallId(tenantId, stored.callId)).toEqual(stored);
    expect(await ctx.store().interactions.get(newTenant(), stored.id)).toBeUndefined();
  });

  ctx.it('stores one interaction per call when Graph repeats the incoming-call notification', async () => {
    const tenantId = newTenant();
    const first = anInteraction(tenantId);
    const repeat = anInteraction(tenantId, { callId: first.callId });
    expect(await ctx.store().interactions.insert(first)).toBe(true);
    expect(await ctx.store().interactions.insert(repeat)).toBe(false);
    expect(await ctx.store().interactions.findByCallId(tenantId, first.callId)).toEqual(first);
    expect(await ctx.store().interactions.get(tenantId, repeat.id)).toBeUndefined();
  });

  ctx.it(
    'reports a second row with the same id as a conflict, keeping the driver error as cause',
    async () => {
      const tenantId = newTenant();
      const first = anInteraction(tenantId);
      await ctx.store().interactions.insert(first);
      const error = await ctx
        .store()
        .interactions.insert({ ...first, callId: 'another-call' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({
        reason: 'conflict',
        operation: 'interactions.insert',
        context: { interactionId: first.id },
      });
      expect((error as StoreError).cause).toBeDefined();
    },
  );

  ctx.it('refuses a stale write and keeps what the first writer stored', async () => {
    const tenantId = newTenant();
    const read = anInteraction(tenantId);
    await ctx.store().interactions.insert(read);
    const first = moved(read, { kind: 'inFlow', greeting: true, menu: undefined });
    const second = moved(read, { kind: 'ended', reason: 'abandonedInFlow', endedAt: 9 });
    await ctx.store().interactions.update(first);
    const error = await ctx
      .store()
      .interactions.update(second)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ reason: 'staleVersion', context: { interactionId: read.id, version: 2 } });
    expect(await ctx.store().interactions.get(tenantId, read.id)).toEqual(first);
  });

  ctx.it('reports an update of an interaction that is not stored as notFound', async () => {
    const missing = moved(anInteraction(newTenant()), { kind: 'answering' });
    await expect(ctx.store().interactions.update(missing)).rejects.toMatchObject({ reason: 'notFound' });
  });

  ctx.it(
    'lists waiting calls by priority, then rank, leaving out other queues and offered calls',
    async () => {
      const tenantId = newTenant();
      const [late, early, urgent, putBack, otherQueue, offered] = await seedWaiting(ctx.store(), tenantId, [
        queued('sales', 2, 3_000),
        queued('sales', 2, 2_000),
        queued('sales', 1, 4_000),
        queued('sales', 2, 5_000, 5_000 - 1e13),
        queued('support', 1, 1_000),
        {
          kind: 'offering',
          queueId: 'sales',
          priority: 1,
          rank: 1,
          enqueuedAt: 1,
          agentId: 'a',
          offeredAt: 2,
        },
      ]);
      const waiting = await ctx.store().interactions.waiting(tenantId, 'sales');
      expect(waiting.map((i) => i.id)).toEqual([urgent?.id, putBack?.id, early?.id, late?.id]);
      expect(waiting).not.toContainEqual(otherQueue);
      expect(waiting).not.toContainEqual(offered);
      expect(await ctx.store().interactions.queueLengths(tenantId)).toEqual({ sales: 4, support: 1 });
    },
  );

  ctx.it('takes a call out of its queue when it moves on', async () => {
    const tenantId = newTenant();
    const [call] = await seedWaiting(ctx.store(), tenantId, [queued('sales', 1, 1_000)]);
    await ctx
      .store()
      .interactions.update(moved(call!, { kind: 'ended', reason: 'abandonedInQueue', endedAt: 2_000 }));
    expect(await ctx.store().interactions.waiting(tenantId, 'sales')).toEqual([]);
    expect(await ctx.store().interactions.queueLengths(tenantId)).toEqual({});
  });
}
