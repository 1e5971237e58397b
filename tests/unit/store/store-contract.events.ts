import type { ContractContext } from './store-contract';
import { newTenant } from './store-fixtures';

/** The event log: append-only, each deduplicated event recorded once. */
export function eventCases(ctx: ContractContext): void {
  ctx.it('appends an event once however often its write is retried with the same dedupe key', async () => {
    const tenantId = newTenant();
    const queued = {
      tenantId,
      name: 'queued',
      at: 1_000,
      data: { queueId: 'sales' },
      dedupeKey: 'call-1:v3:queued',
    };
    expect(await ctx.store().events.append([queued])).toBe(1);
    expect(
      await ctx
        .store()
        .events.append([queued, { ...queued, dedupeKey: 'call-1:v4:offered', name: 'offered' }]),
    ).toBe(1);
    expect(await ctx.store().transaction((tx) => tx.events.append([queued]))).toBe(0);
    const other = newTenant();
    expect(await ctx.store().events.append([{ ...queued, tenantId: other }])).toBe(1);
    expect((await ctx.store().events.list({ tenantId })).map((e) => [e.name, e.dedupeKey])).toEqual([
      ['queued', 'call-1:v3:queued'],
      ['offered', 'call-1:v4:offered'],
    ]);
  });

  ctx.it('keeps every event without a dedupe key', async () => {
    const tenantId = newTenant();
    const missed = { tenantId, agentId: 'ada', name: 'missed', at: 1_000 };
    expect(await ctx.store().events.append([missed, missed])).toBe(2);
    expect(await ctx.store().events.list({ tenantId })).toHaveLength(2);
  });

  ctx.it(
    "lists a tenant's events in append order, by time, after a sequence number, or for one interaction",
    async () => {
      const tenantId = newTenant();
      const interactionId = '00000000-0000-4000-8000-0000000000aa';
      await ctx.store().events.append([
        { tenantId, interactionId, name: 'arrived', at: 3_000 },
        { tenantId, name: 'agentReady', agentId: 'ada', at: 1_000 },
        { tenantId, interactionId, name: 'ended', at: 5_000, data: { reason: 'handled' } },
      ]);
      await ctx.store().events.append([{ tenantId: newTenant(), name: 'arrived', at: 3_000 }]);
      const all = await ctx.store().events.list({ tenantId });
      expect(all.map((e) => e.name)).toEqual(['arrived', 'agentReady', 'ended']);
      expect(all[2]).toMatchObject({
        tenantId,
        interactionId,
        agentId: null,
        at: 5_000,
        data: { reason: 'handled' },
        dedupeKey: null,
      });
      expect((await ctx.store().events.list({ tenantId, since: 3_000 })).map((e) => e.name)).toEqual([
        'arrived',
        'ended',
      ]);
      expect((await ctx.store().events.list({ tenantId, afterSeq: all[0]!.seq })).map((e) => e.name)).toEqual(
        ['agentReady', 'ended'],
      );
      expect((await ctx.store().events.list({ tenantId, interactionId })).map((e) => e.name)).toEqual([
        'arrived',
        'ended',
      ]);
    },
  );
}
