import { agent, arrived, run, t0 } from './fixtures';

const established = { type: 'established', at: t0 + 1000 } as const;
const done = (ctx: string, at = t0 + 5000) =>
  ({ type: 'mediaCompleted', context: ctx, ok: true, at }) as const;
const sue = 'sue';

/** Queued in sales at t0 + 6 s (key 1 of the menu), music playing. */
function inSales() {
  const [i] = run(arrived(), [
    established,
    done('greeting:1'),
    done('menu:2'),
    { type: 'tone', key: '1', sequenceId: 1, at: t0 + 6000 },
  ]);
  return i;
}

describe('a supervisor acting on a waiting call', () => {
  it('moves it to another queue: same rank, wait restarted there, logged with who, timers re-armed', () => {
    const queued = inSales();
    const [moved, [commands]] = run(queued, [
      { type: 'moveToQueue', queueId: 'support', by: sue, at: t0 + 36_000 },
    ]);
    expect(moved.state).toEqual({
      kind: 'queued',
      queueId: 'support',
      priority: 3,
      rank: t0 + 6000,
      enqueuedAt: t0 + 36_000,
    });
    expect(commands).toEqual(
      expect.arrayContaining([
        {
          type: 'log',
          name: 'moved',
          data: {
            by: sue,
            fromQueueId: 'sales',
            queueId: 'support',
            waitedMs: 30_000,
            before: { queueId: 'sales', priority: 3 },
            after: { queueId: 'support', priority: 3 },
          },
        },
        { type: 'log', name: 'queued', data: { queueId: 'support', priority: 3, serviceLevelSeconds: 20 } },
        { type: 'timer.set', name: 'maxWait', dueAt: t0 + 36_000 + 60_000 },
        { type: 'routing.wake', queueId: 'support' },
      ]),
    );
  });

  it('moves a waiting callback without playing to a call that is gone: it stays a callback', () => {
    const queued = inSales();
    const callback = { number: '+14255550123', attempts: 0 };
    const waiting = { ...queued, state: { ...queued.state, callback } } as typeof queued;
    const [moved, [commands]] = run(waiting, [
      { type: 'moveToQueue', queueId: 'support', by: sue, at: t0 + 36_000 },
    ]);
    expect(moved.state).toEqual({
      kind: 'queued',
      queueId: 'support',
      priority: 3,
      rank: t0 + 6000,
      enqueuedAt: t0 + 36_000,
      callback,
    });
    expect(commands!.map((c) => c.type)).toEqual(['log', 'log', 'routing.wake']);
  });

  it('changes nothing for the same queue or a queue that does not exist', () => {
    const queued = inSales();
    for (const queueId of ['sales', 'nowhere']) {
      const [same, [commands]] = run(queued, [{ type: 'moveToQueue', queueId, by: sue, at: t0 + 9000 }]);
      expect(same).toBe(queued);
      expect(commands).toEqual([]);
    }
  });

  it('raises its priority, logged with before and after, and wakes routing', () => {
    const [raised, [commands]] = run(inSales(), [
      { type: 'setPriority', priority: 1, by: sue, at: t0 + 9000 },
    ]);
    expect(raised.state).toMatchObject({ kind: 'queued', queueId: 'sales', priority: 1 });
    expect(commands).toEqual([
      {
        type: 'log',
        name: 'prioritised',
        data: { by: sue, queueId: 'sales', before: { priority: 3 }, after: { priority: 1 } },
      },
      { type: 'routing.wake', queueId: 'sales' },
    ]);
  });

  it('leaves a call being offered to an agent alone', () => {
    const [offering] = run(inSales(), [{ type: 'offer', agentId: agent, at: t0 + 8000 }]);
    const [after, commands] = run(offering, [
      { type: 'moveToQueue', queueId: 'support', by: sue, at: t0 + 9000 },
      { type: 'setPriority', priority: 1, by: sue, at: t0 + 9000 },
    ]);
    expect(after).toBe(offering);
    expect(commands).toEqual([[], []]);
  });
});
