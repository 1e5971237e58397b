import type { AgentState } from '../../../src/domain/agent';
import type { ReadyOptions } from '../../../src/store';
import type { ContractContext } from './store-contract';
import { newTenant } from './store-fixtures';

/** An agent row as `upsertConfigured` creates it at `at`. */
function created(tenantId: string, id: string, at: number, changes: Partial<AgentState> = {}): AgentState {
  return {
    tenantId,
    id,
    status: 'offline',
    reason: undefined,
    since: at,
    idleSince: at,
    lastOfferedAt: 0,
    signedInQueues: [],
    presence: undefined,
    interactionId: undefined,
    callSeenInTeams: false,
    ...changes,
  };
}

/** Agents: created from configuration, never reset by it, presence recorded, ready ones found for routing. */
export function agentCases(ctx: ContractContext): void {
  ctx.it(
    'creates configured agents offline unless told, and never resets the live state of existing ones',
    async () => {
      const tenantId = newTenant();
      const agents = ctx.store().agents;
      expect(
        await agents.upsertConfigured(
          tenantId,
          [{ id: 'ada' }, { id: 'bo', status: 'available', signedInQueues: ['sales'] }],
          1_000,
        ),
      ).toBe(2);
      const onBreak = created(tenantId, 'ada', 1_000, { status: 'notReady', reason: 'break', since: 2_000 });
      await agents.update(onBreak);
      expect(
        await agents.upsertConfigured(tenantId, [{ id: 'ada', status: 'available' }, { id: 'cy' }], 3_000),
      ).toBe(1);
      expect(await agents.list(tenantId)).toEqual([
        onBreak,
        created(tenantId, 'bo', 1_000, { status: 'available', signedInQueues: ['sales'] }),
        created(tenantId, 'cy', 3_000),
      ]);
    },
  );

  ctx.it('locks the stored agents among many ids, in id order', async () => {
    const tenantId = newTenant();
    const store = ctx.store();
    await store.agents.upsertConfigured(tenantId, [{ id: 'cy' }, { id: 'ada' }, { id: 'bo' }], 0);
    const locked = await store.transaction((tx) => tx.agents.lockMany(tenantId, ['cy', 'nobody', 'ada']));
    expect(locked.map((a) => a.id)).toEqual(['ada', 'cy']);
    expect(await store.transaction((tx) => tx.agents.lockMany(tenantId, []))).toEqual([]);
  });

  ctx.it('records presence readings and returns only the agents whose presence changed', async () => {
    const tenantId = newTenant();
    const agents = ctx.store().agents;
    await agents.upsertConfigured(tenantId, [{ id: 'ada' }, { id: 'bo' }], 0);
    const inCall = { availability: 'Busy', activity: 'InACall' };
    const free = { availability: 'Available', activity: 'Available' };
    const first = await agents.setPresence(
      tenantId,
      [
        { id: 'ada', ...inCall },
        { id: 'bo', ...free },
        { id: 'nobody', ...free },
      ],
      10,
    );
    expect(first.map((a) => [a.id, a.presence]).sort()).toEqual([
      ['ada', inCall],
      ['bo', free],
    ]);
    const second = await agents.setPresence(
      tenantId,
      [
        { id: 'ada', ...free },
        { id: 'bo', ...free },
      ],
      20,
    );
    expect(second).toEqual([created(tenantId, 'ada', 0, { presence: free })]);
    expect(await agents.get(tenantId, 'bo')).toEqual(created(tenantId, 'bo', 0, { presence: free }));
  });

  ctx.it(
    'finds as ready only signed-in, available, free agents present in Teams, longest idle first',
    async () => {
      const tenantId = newTenant();
      const store = ctx.store();
      const ids = ['idle-long', 'idle-short', 'not-signed-in', 'on-break', 'holding-call', 'in-a-meeting'];
      await store.agents.upsertConfigured(
        tenantId,
        ids.map((id) => ({ id, status: 'available', signedInQueues: ['sales'] })),
        0,
      );
      await store.agents.setPresence(
        tenantId,
        ids.map((id) => ({ id, availability: id === 'in-a-meeting' ? 'Busy' : 'Available', activity: 'x' })),
        0,
      );
      const edit = async (id: string, changes: Partial<AgentState>) => {
        const agent = (await store.agents.get(tenantId, id))!;
        await store.agents.update({ ...agent, ...changes });
      };
      await edit('idle-long', { idleSince: 100 });
      await edit('idle-short', { idleSince: 500 });
      await edit('not-signed-in', { signedInQueues: ['support'] });
      await edit('on-break', { status: 'notReady', reason: 'break' });
      await edit('holding-call', { interactionId: '00000000-0000-4000-8000-000000000001' });
      const ready = (requirePresence?: boolean) =>
        store.transaction(async (tx) =>
          (await tx.agents.ready(tenantId, 'sales', { requirePresence })).map((a) => a.id),
        );
      expect(await ready()).toEqual(['idle-long', 'idle-short']);
      expect(await ready(false)).toEqual(['in-a-meeting', 'idle-long', 'idle-short']);
      const withEscalation = await store.transaction(async (tx) =>
        (await tx.agents.ready(tenantId, 'sales', { alsoFrom: ['support', 'backoffice'] })).map((a) => a.id),
      );
      expect(withEscalation).toEqual(['not-signed-in', 'idle-long', 'idle-short']);
    },
  );

  ctx.it('reads ready agents a page at a time, longest idle or least recently offered first', async () => {
    const tenantId = newTenant();
    const store = ctx.store();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    await store.agents.upsertConfigured(
      tenantId,
      ids.map((id) => ({ id, status: 'available' as const, signedInQueues: ['sales'] })),
      0,
    );
    await store.agents.setPresence(
      tenantId,
      ids.map((id) => ({ id, availability: 'Available', activity: 'Available' })),
      0,
    );
    // Idle longest: e, d, c, b, a. Offered longest ago: c, a, e, b, d.
    const offered = { a: 20, b: 40, c: 10, d: 50, e: 30 };
    for (const [i, id] of ids.entries()) {
      const agent = (await store.agents.get(tenantId, id))!;
      await store.agents.update({ ...agent, idleSince: 1000 - i * 100, lastOfferedAt: offered[id as 'a'] });
    }
    const page = (options: ReadyOptions) =>
      store.transaction(async (tx) =>
        (await tx.agents.ready(tenantId, 'sales', { lock: false, ...options })).map((a) => a.id),
      );
    expect(await page({ limit: 2 })).toEqual(['e', 'd']);
    expect(await page({ limit: 2, offset: 2 })).toEqual(['c', 'b']);
    expect(await page({ limit: 2, offset: 4 })).toEqual(['a']);
    expect(await page({ order: 'roundRobin', limit: 3 })).toEqual(['c', 'a', 'e']);
    expect(await page({ order: 'roundRobin', limit: 3, offset: 3 })).toEqual(['b', 'd']);
  });

  ctx.it('reports an update of an agent that is not stored as notFound', async () => {
    await expect(ctx.store().agents.update(created(newTenant(), 'ghost', 0))).rejects.toMatchObject({
      reason: 'notFound',
    });
  });
}
