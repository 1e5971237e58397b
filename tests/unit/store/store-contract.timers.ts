import { randomUUID } from 'node:crypto';
import { timers } from '../../../src/store';
import type { ContractContext } from './store-contract';
import { newTenant } from './store-fixtures';

/** Timers: one per interaction and name, claimed by one instance per lease, deleted only as claimed. */
export function timerCases(ctx: ContractContext): void {
  // claimDue looks across tenants, as the timer loop does: start each case with no timers.
  beforeEach(async () => {
    await ctx.store().db.delete(timers);
  });
  const tenantId = newTenant();
  const claim = (now: number, instanceId = 'one') =>
    ctx.store().timers.claimDue({ now, instanceId, leaseMs: 10_000 });
  const due = async (now: number) => (await claim(now)).map((t) => [t.name, t.dueAt]);

  ctx.it('keeps one timer per interaction and name: setting it again moves it', async () => {
    const interactionId = randomUUID();
    await ctx.store().timers.set({ tenantId, interactionId, name: 'maxWait', dueAt: 5_000 });
    await ctx
      .store()
      .transaction((tx) => tx.timers.set({ tenantId, interactionId, name: 'maxWait', dueAt: 8_000 }));
    await ctx.store().timers.set({ tenantId, interactionId, name: 'announce', dueAt: 6_000 });
    expect(await due(5_000)).toEqual([]);
    expect(await due(8_000)).toEqual([
      ['announce', 6_000],
      ['maxWait', 8_000],
    ]);
  });

  ctx.it('cancels a timer, and cancelling one that is not set does nothing', async () => {
    const interactionId = randomUUID();
    await ctx.store().timers.set({ tenantId, interactionId, name: 'keepAlive', dueAt: 1_000 });
    await ctx.store().timers.cancel(interactionId, 'keepAlive');
    await ctx.store().timers.cancel(interactionId, 'menuTimeout');
    expect(await due(2_000)).toEqual([]);
  });

  ctx.it('claims due timers earliest first, and not again before the lease ends', async () => {
    const interactionId = randomUUID();
    await ctx.store().timers.set({ tenantId, interactionId, name: 'maxWait', dueAt: 2_000 });
    await ctx.store().timers.set({ tenantId, interactionId, name: 'announce', dueAt: 1_000 });
    const [first, second] = await claim(3_000, 'one');
    expect([first?.name, second?.name]).toEqual(['announce', 'maxWait']);
    expect(first).toMatchObject({ tenantId, interactionId, claimedBy: 'one', claimedUntil: 13_000 });
    expect(await claim(12_999, 'two')).toEqual([]);
    expect((await claim(13_000, 'two')).map((t) => t.claimedBy)).toEqual(['two', 'two']);
  });

  ctx.it('deletes a fired timer only if it was not moved since it was claimed', async () => {
    const interactionId = randomUUID();
    await ctx.store().timers.set({ tenantId, interactionId, name: 'maxWait', dueAt: 1_000 });
    await ctx.store().timers.set({ tenantId, interactionId, name: 'announce', dueAt: 1_000 });
    const claimed = await claim(1_000);
    const [announce, maxWait] = ['announce', 'maxWait'].map((name) => claimed.find((t) => t.name === name));
    await ctx.store().timers.set({ tenantId, interactionId, name: 'maxWait', dueAt: 50_000 });
    expect(await ctx.store().timers.delete(maxWait!)).toBe(false);
    expect(await ctx.store().timers.delete(announce!)).toBe(true);
    expect(await due(50_000)).toEqual([['maxWait', 50_000]]);
  });
}
