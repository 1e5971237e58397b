import { createDispatchQueue } from '../../../bot/calling/dispatch-queue';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the dispatch queue behind the calling webhook', () => {
  it('runs at most its concurrency at once, new calls first, the rest in arrival order', async () => {
    const queue = createDispatchQueue(1);
    const started: string[] = [];
    const finishers: (() => void)[] = [];
    const job = (name: string) => () =>
      new Promise<void>((resolve) => {
        started.push(name);
        finishers.push(resolve);
      });
    const all = [
      queue.push(job('event 1'), false),
      queue.push(job('event 2'), false),
      queue.push(job('incoming'), true),
    ];
    await tick();
    expect(started).toEqual(['event 1']);
    expect(queue.size()).toBe(3);
    for (let i = 0; i < 3; i++) {
      finishers[i]!();
      await tick();
      await tick();
    }
    await Promise.all(all);
    expect(started).toEqual(['event 1', 'incoming', 'event 2']);
    expect(queue.size()).toBe(0);
  });

  it("runs one call's jobs one after another, in order, while other calls' jobs go on", async () => {
    const queue = createDispatchQueue(4);
    const log: string[] = [];
    let finishFirst = () => {};
    const first = queue.push(
      () =>
        new Promise<void>((resolve) => {
          log.push('call-1 terminated started');
          finishFirst = () => {
            log.push('call-1 terminated done');
            resolve();
          };
        }),
      false,
      'call-1',
    );
    const second = queue.push(async () => void log.push('call-1 deleted'), false, 'call-1');
    const other = queue.push(async () => void log.push('call-2 established'), false, 'call-2');
    await other;
    await tick();
    expect(log).toEqual(['call-1 terminated started', 'call-2 established']);
    finishFirst();
    await Promise.all([first, second]);
    expect(log).toEqual([
      'call-1 terminated started',
      'call-2 established',
      'call-1 terminated done',
      'call-1 deleted',
    ]);
  });

  it('passes a failing job on to its caller and goes on with the next', async () => {
    const queue = createDispatchQueue(2);
    const failed = queue.push(() => Promise.reject(new Error('store unavailable')), false);
    const next = queue.push(async () => undefined, false);
    await expect(failed).rejects.toThrow('store unavailable');
    await expect(next).resolves.toBeUndefined();
  });

  it('refuses a concurrency under one', () => {
    expect(() => createDispatchQueue(0)).toThrow('dispatch concurrency must be at least 1, got 0');
  });
});
