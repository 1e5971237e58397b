import { randomUUID } from 'node:crypto';
import type { GraphCommand } from '../../../src/calls/command';
import { outbox } from '../../../src/store';
import type { ContractContext } from './store-contract';
import { newTenant } from './store-fixtures';

const hangUp = (callId: string): GraphCommand => ({ type: 'graph.hangUp', callId });
const keepAlive = (callId: string): GraphCommand => ({ type: 'graph.keepAlive', callId });

/** The outbox: claimed once per lease, in order per call, retried until sent or discarded. */
export function outboxCases(ctx: ContractContext): void {
  // claimDue looks across tenants, as the sender does: start each case with an empty outbox.
  beforeEach(async () => {
    await ctx.store().db.delete(outbox);
  });
  const enqueue = (commands: GraphCommand[], at = 1_000) =>
    ctx.store().outbox.enqueue({ tenantId: newTenant(), interactionId: randomUUID(), commands, at });
  const claim = (now: number, instanceId = 'one') =>
    ctx.store().outbox.claimDue({ instanceId, now, leaseMs: 10_000 });
  const claimed = async (now: number, instanceId?: string) =>
    (await claim(now, instanceId)).map((row) => row.command);

  ctx.it(
    'claims due commands once, oldest first, and only the first unsent command of each call',
    async () => {
      await enqueue([hangUp('a'), keepAlive('a')], 1_000);
      await enqueue([keepAlive('b')], 2_000);
      await enqueue([keepAlive('c')], 9_000);
      const rows = await claim(5_000);
      expect(rows.map((row) => row.command)).toEqual([hangUp('a'), keepAlive('b')]);
      expect(rows[0]).toMatchObject({
        attempts: 1,
        claimedBy: 'one',
        claimedUntil: 15_000,
        sentAt: null,
        callId: 'a',
      });
      expect(await claimed(5_000, 'two')).toEqual([]);
    },
  );

  ctx.it('never claims a sent command again, and then releases the next command of its call', async () => {
    const [first] = await enqueue([hangUp('a'), keepAlive('a')]);
    await claim(1_000);
    await ctx.store().outbox.markSent(first!, 1_500);
    expect(await claimed(1_500, 'two')).toEqual([keepAlive('a')]);
    expect(await claimed(99_000, 'three')).toEqual([keepAlive('a')]);
  });

  ctx.it('retries a failed command at its retry time, counting attempts and keeping the error', async () => {
    const [id] = await enqueue([hangUp('a'), keepAlive('a')]);
    await claim(1_000);
    await ctx.store().outbox.markFailed(id!, 'Graph 503', 4_000);
    expect(await claimed(3_999)).toEqual([]);
    const [retry] = await claim(4_000);
    expect(retry).toMatchObject({ id, attempts: 2, lastError: 'Graph 503', command: hangUp('a') });
  });

  ctx.it('claims a command again when the instance that claimed it let its lease run out', async () => {
    await enqueue([hangUp('a')]);
    await claim(1_000, 'dead');
    expect(await claimed(10_999, 'alive')).toEqual([]);
    const [again] = await claim(11_000, 'alive');
    expect(again).toMatchObject({ claimedBy: 'alive', attempts: 2 });
  });

  ctx.it(
    'leases each command type for its own time when told (an answer must be retried in time)',
    async () => {
      const answer: GraphCommand = { type: 'graph.answer', callId: 'b', prefetch: [] };
      await enqueue([hangUp('a')]);
      await enqueue([answer]);
      const rows = await ctx.store().outbox.claimDue({
        instanceId: 'dead',
        now: 1_000,
        leaseMs: 30_000,
        leaseMsByType: { 'graph.answer': 5_000 },
      });
      expect(rows.map((row) => [row.command.type, row.claimedUntil])).toEqual([
        ['graph.hangUp', 31_000],
        ['graph.answer', 6_000],
      ]);
      expect(await claimed(6_000, 'alive')).toEqual([answer]);
    },
  );

  ctx.it("discards a command so that its call's later commands can go", async () => {
    const [id] = await enqueue([hangUp('a'), keepAlive('a')]);
    await claim(1_000);
    await ctx.store().outbox.discard(id!, 'call gone', 2_000);
    expect(await claimed(2_000)).toEqual([keepAlive('a')]);
  });
}
