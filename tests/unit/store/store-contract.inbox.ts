import type { ContractContext } from './store-contract';
import { newTenant } from './store-fixtures';

/** The calling webhook's inbox: facts kept until processed, taken over once due, never by two at once. */
export function inboxCases(ctx: ContractContext): void {
  ctx.it('keeps facts until removed, and hands them over only once due, moving their due time', async () => {
    const tenantId = newTenant();
    const store = ctx.store();
    const facts = [{ kind: 'incoming', callId: 'call-1', at: 1 }];
    const id = await store.inbox.add(tenantId, facts, 10_000);
    const done = await store.inbox.add(tenantId, [{ kind: 'event' }], 10_000);
    await store.inbox.remove(done);
    expect((await store.inbox.takeDue(9_999, 20_000)).filter((row) => row.tenantId === tenantId)).toEqual([]);
    const taken = (await store.inbox.takeDue(10_000, 20_000)).filter((row) => row.tenantId === tenantId);
    expect(taken).toEqual([{ id, tenantId, facts, dueAt: 20_000 }]);
    // Taken over: not due again until the new time, so a second instance does not take it meanwhile.
    expect((await store.inbox.takeDue(15_000, 30_000)).filter((row) => row.tenantId === tenantId)).toEqual(
      [],
    );
    await store.inbox.remove(id);
    expect((await store.inbox.takeDue(99_999, 100_000)).filter((row) => row.tenantId === tenantId)).toEqual(
      [],
    );
  });

  ctx.it('gives each due row to one of several instances taking over at once', async () => {
    const tenantId = newTenant();
    const store = ctx.store();
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.inbox.add(tenantId, [i], 1_000)),
    );
    const takers = await Promise.all(Array.from({ length: 4 }, () => store.inbox.takeDue(5_000, 60_000, 5)));
    const mine = takers.map((rows) => rows.filter((row) => row.tenantId === tenantId).map((row) => row.id));
    const all = mine.flat().sort((a, b) => a - b);
    expect(all).toEqual([...new Set(all)]);
    const rest = (await store.inbox.takeDue(5_000, 60_000, 100)).filter((row) => row.tenantId === tenantId);
    expect([...all, ...rest.map((row) => row.id)].sort((a, b) => a - b)).toEqual(
      [...ids].sort((a, b) => a - b),
    );
  });
}
