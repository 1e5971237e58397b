import { randomUUID } from 'node:crypto';
import type { ContractContext } from './store-contract';
import { anInteraction, moved, newTenant } from './store-fixtures';

/** Transactions: a transition's state, events, commands and timers are stored together or not at all. */
export function transactionCases(ctx: ContractContext): void {
  ctx.it('stores the state, events, outbox commands and timers of a transaction together', async () => {
    const tenantId = newTenant();
    const arrived = anInteraction(tenantId);
    await ctx.store().transaction(async (tx) => {
      await tx.interactions.insert(arrived);
      await tx.events.append([
        { tenantId, interactionId: arrived.id, name: 'arrived', at: 1, dedupeKey: `${arrived.id}:1` },
      ]);
      await tx.outbox.enqueue({
        tenantId,
        interactionId: arrived.id,
        commands: [{ type: 'graph.hangUp', callId: arrived.callId }],
        at: 1,
      });
      await tx.timers.set({ tenantId, interactionId: arrived.id, name: 'keepAlive', dueAt: 600_000 });
    });
    expect(await ctx.store().interactions.get(tenantId, arrived.id)).toEqual(arrived);
    expect(await ctx.store().events.list({ tenantId })).toHaveLength(1);
  });

  ctx.it('rolls back every write of a transaction that throws, and passes its error on', async () => {
    const tenantId = newTenant();
    const arrived = anInteraction(tenantId);
    await ctx.store().interactions.insert(arrived);
    const failure = new Error('transition failed');
    const attempt = ctx.store().transaction(async (tx) => {
      const locked = await tx.interactions.lock(tenantId, arrived.id);
      await tx.interactions.update(moved(locked!, { kind: 'inFlow', greeting: true, menu: undefined }));
      await tx.events.append([{ tenantId, interactionId: arrived.id, name: 'established', at: 2 }]);
      await tx.timers.set({ tenantId, interactionId: randomUUID(), name: 'menuTimeout', dueAt: 3 });
      throw failure;
    });
    await expect(attempt).rejects.toBe(failure);
    expect(await ctx.store().interactions.get(tenantId, arrived.id)).toEqual(arrived);
    expect(await ctx.store().events.list({ tenantId })).toEqual([]);
  });

  ctx.it('reads and locks an interaction by its call id inside a transaction', async () => {
    const tenantId = newTenant();
    const arrived = anInteraction(tenantId);
    await ctx.store().interactions.insert(arrived);
    const locked = await ctx
      .store()
      .transaction((tx) => tx.interactions.lockByCallId(tenantId, arrived.callId));
    expect(locked).toEqual(arrived);
  });
}
