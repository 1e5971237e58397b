import { arrive } from '../../../src/calls/arrive';
import { transition } from '../../../src/calls/transition';
import { agent, arrived, context, played, run, shipped, t0 } from './fixtures';

const established = { type: 'established', at: t0 + 1000 } as const;
const done = (context: string, at = t0 + 5000) =>
  ({ type: 'mediaCompleted', context, ok: true, at }) as const;
const tone = (key: string, sequenceId: number, at = t0 + 6000) =>
  ({ type: 'tone', key, sequenceId, at }) as const;

/** Answered, greeted, and in the root menu with its prompt finished. */
function inMenu() {
  const [i] = run(arrived(), [established, done('greeting:1'), done('menu:2')]);
  return i;
}

/** Queued in sales (key 1), with music playing. */
function inSales() {
  const [i] = run(inMenu(), [tone('1', 1)]);
  return i;
}

describe('the call state machine', () => {
  it('answers an arriving call with the flow prompts pre-fetched and logs the arrival', () => {
    const [interaction, commands] = arrive(
      {
        id: 'i1',
        tenantId: 't1',
        callId: 'c1',
        caller: '+14255550123',
        dialled: '+14255550100',
        flowId: 'main',
        at: t0,
      },
      context(),
    );
    expect(interaction.state).toEqual({ kind: 'answering' });
    expect(commands).toEqual([
      {
        type: 'graph.answer',
        callId: 'c1',
        prefetch: [
          shipped('welcome'),
          shipped('main-menu'),
          shipped('music-on-hold'),
          shipped('invalid-choice'),
        ],
      },
      {
        type: 'log',
        name: 'arrived',
        data: { caller: '+14255550123', dialled: '+14255550100', flowId: 'main' },
      },
    ]);
  });

  it('greets once established, listens for keys and keeps the call alive', () => {
    const [interaction, commands] = transition(arrived(), established, context());
    expect(interaction.state).toEqual({ kind: 'inFlow', greeting: true, menu: undefined });
    expect(commands).toEqual([
      { type: 'graph.subscribeToTone', callId: 'c1' },
      { type: 'timer.set', name: 'keepAlive', dueAt: t0 + 1000 + 600_000 },
      { type: 'graph.play', callId: 'c1', prompts: [shipped('welcome')], context: 'greeting:1' },
    ]);
  });

  it('plays the menu after the greeting and waits for a key once the menu prompt ends', () => {
    const [, [, afterGreeting, afterMenu]] = run(arrived(), [
      established,
      done('greeting:1'),
      done('menu:2', t0 + 9000),
    ]);
    expect(afterGreeting).toEqual([
      { type: 'timer.cancel', name: 'menuTimeout' },
      { type: 'graph.play', callId: 'c1', prompts: [shipped('main-menu')], context: 'menu:2' },
    ]);
    expect(afterMenu).toEqual([{ type: 'timer.set', name: 'menuTimeout', dueAt: t0 + 9000 + 5000 }]);
  });

  it('changes nothing for a duplicated, stale or unexpected notification', () => {
    const menu = inMenu();
    expect(transition(menu, done('menu:2'), context())).toEqual([menu, []]);
    expect(transition(menu, done('greeting:1'), context())).toEqual([menu, []]);
    expect(transition(menu, established, context())).toEqual([menu, []]);
    expect(transition(menu, { type: 'transferAccepted', at: t0 }, context())).toEqual([menu, []]);
  });

  it('queues the caller on a menu key: music, max wait and announcement timers, routing woken', () => {
    const [interaction, [commands]] = run(inMenu(), [tone('1', 1)]);
    expect(interaction.state).toEqual({
      kind: 'queued',
      queueId: 'sales',
      priority: 3,
      rank: t0 + 6000,
      enqueuedAt: t0 + 6000,
    });
    expect(interaction.ivrPath).toEqual(['root:1']);
    expect(commands).toEqual([
      { type: 'log', name: 'ivrSelection', data: { menuId: 'root', key: '1' } },
      { type: 'timer.cancel', name: 'menuTimeout' },
      { type: 'log', name: 'queued', data: { queueId: 'sales', priority: 3, serviceLevelSeconds: 20 } },
      { type: 'timer.cancel', name: 'menuTimeout' },
      { type: 'timer.set', name: 'maxWait', dueAt: t0 + 6000 + 120_000 },
      { type: 'timer.set', name: 'announce', dueAt: t0 + 6000 + 30_000 },
      { type: 'routing.wake', queueId: 'sales' },
      { type: 'graph.play', callId: 'c1', prompts: [shipped('music-on-hold')], context: 'music:3' },
      { type: 'timer.set', name: 'mediaWatchdog', dueAt: t0 + 6000 + 30_000 },
    ]);
  });

  it('stops the menu prompt when a key is pressed while it plays', () => {
    const [greeted] = run(arrived(), [established, done('greeting:1')]);
    const [, commands] = transition(greeted, tone('2', 1), context());
    expect(commands[2]).toEqual({ type: 'graph.cancelMedia', callId: 'c1' });
    expect(played(commands)).toBe('music:3');
  });

  it('replays the menu with a hint after a wrong key, then performs the failure action', () => {
    const [second, [first]] = run(inMenu(), [tone('9', 1)]);
    expect(first).toEqual([
      { type: 'timer.cancel', name: 'menuTimeout' },
      {
        type: 'graph.play',
        callId: 'c1',
        prompts: [shipped('invalid-choice'), shipped('main-menu')],
        context: 'menu:3',
      },
    ]);
    const [closing, [, last]] = run(second, [done('menu:3'), tone('8', 2)]);
    expect(closing.state).toEqual({
      kind: 'closing',
      after: { type: 'hangUp' },
      reason: 'disconnectedByFlow',
    });
    expect(played(last!)).toBe('closing:4');
    const [, [hangUp]] = run(closing, [done('closing:4')]);
    expect(hangUp).toEqual([{ type: 'graph.hangUp', callId: 'c1' }]);
  });

  it('treats silence after the menu as no input', () => {
    const [, [commands]] = run(inMenu(), [{ type: 'timer', name: 'menuTimeout', at: t0 + 20_000 }]);
    expect(commands).toContainEqual({
      type: 'graph.play',
      callId: 'c1',
      prompts: [shipped('no-input'), shipped('main-menu')],
      context: 'menu:3',
    });
  });

  it('loops the music: each completion of what plays starts it again, duplicates do not', () => {
    const queued = inSales();
    const [again, [loop, duplicate]] = run(queued, [done('music:3'), done('music:3')]);
    expect(loop).toEqual([
      { type: 'graph.play', callId: 'c1', prompts: [shipped('music-on-hold')], context: 'music:4' },
      { type: 'timer.set', name: 'mediaWatchdog', dueAt: t0 + 5000 + 30_000 },
    ]);
    expect(duplicate).toEqual([]);
    expect(again.media.playing).toBe('music:4');
  });

  it('offers to the agent by transfer and connects when the transfer completes', () => {
    const [offering, [offered]] = run(inSales(), [{ type: 'offer', agentId: agent, at: t0 + 10_000 }]);
    expect(offered).toEqual([
      { type: 'graph.transfer', callId: 'c1', target: { kind: 'user', userId: agent } },
      { type: 'log', name: 'offered', data: { queueId: 'sales', agentId: agent, waitedMs: 4000 } },
    ]);
    const [connected, [, accepted, terminated]] = run(offering, [
      { type: 'transferAccepted', at: t0 + 12_000 },
      { type: 'transferAccepted', at: t0 + 12_000 },
      { type: 'terminated', transferred: true, code: 0, subcode: 7015, at: t0 + 12_500 },
    ]);
    expect(accepted).toEqual([]);
    expect(connected.state).toEqual({
      kind: 'connected',
      queueId: 'sales',
      agentId: agent,
      connectedAt: t0 + 12_500,
      enqueuedAt: t0 + 6000,
    });
    expect(terminated).toEqual([
      { type: 'log', name: 'connected', data: { queueId: 'sales', agentId: agent, waitedMs: 6500 } },
      { type: 'agent.connected', agentId: agent },
      { type: 'timer.cancel', name: 'menuTimeout' },
      { type: 'timer.cancel', name: 'maxWait' },
      { type: 'timer.cancel', name: 'announce' },
      { type: 'timer.cancel', name: 'keepAlive' },
      { type: 'timer.cancel', name: 'mediaWatchdog' },
      { type: 'timer.cancel', name: 'callbackOffer' },
    ]);
    const [ended, [release]] = run(connected, [{ type: 'agentReleased', at: t0 + 70_000 }]);
    expect(ended.state).toEqual({ kind: 'ended', reason: 'handled', endedAt: t0 + 70_000, agentId: agent });
    expect(release).toEqual([
      { type: 'log', name: 'ended', data: { reason: 'handled', agentId: agent, talkMs: 57_500 } },
    ]);
  });

  it('returns the caller to the head of the queue with music restarted when the agent misses the offer', () => {
    const [offering] = run(inSales(), [{ type: 'offer', agentId: agent, at: t0 + 10_000 }]);
    const [back, [commands]] = run(offering, [
      { type: 'transferFailed', code: 500, subcode: 7000, at: t0 + 40_000 },
    ]);
    expect(back.state).toMatchObject({ kind: 'queued', queueId: 'sales', enqueuedAt: t0 + 6000 });
    expect((back.state as { rank: number }).rank).toBeLessThan(t0);
    expect(commands).toEqual([
      { type: 'agent.missed', agentId: agent },
      { type: 'log', name: 'missed', data: { queueId: 'sales', agentId: agent } },
      { type: 'graph.cancelMedia', callId: 'c1' },
      { type: 'routing.wake', queueId: 'sales' },
      { type: 'graph.play', callId: 'c1', prompts: [shipped('music-on-hold')], context: 'music:4' },
      { type: 'timer.set', name: 'mediaWatchdog', dueAt: t0 + 40_000 + 30_000 },
    ]);
  });

  it('restarts the music when its completion never came (a notification Graph did not deliver)', () => {
    const [restarted, [watchdog]] = run(inSales(), [
      { type: 'timer', name: 'mediaWatchdog', at: t0 + 36_000 },
    ]);
    expect(watchdog).toEqual([
      { type: 'graph.play', callId: 'c1', prompts: [shipped('music-on-hold')], context: 'music:4' },
      { type: 'timer.set', name: 'mediaWatchdog', dueAt: t0 + 36_000 + 30_000 },
    ]);
    // The late completion of the lost play, should it come after all, changes nothing.
    expect(transition(restarted, done('music:3'), context())).toEqual([restarted, []]);
  });

  it('counts a hang-up while queued as abandoned, and during an offer releases the agent', () => {
    const [, [inQueue]] = run(inSales(), [
      { type: 'terminated', transferred: false, code: 200, subcode: 540000, at: t0 + 16_000 },
    ]);
    expect(inQueue).toContainEqual({
      type: 'log',
      name: 'abandoned',
      data: { queueId: 'sales', waitedMs: 10_000 },
    });
    expect(inQueue).toContainEqual({ type: 'log', name: 'ended', data: { reason: 'abandonedInQueue' } });
    const [offering] = run(inSales(), [{ type: 'offer', agentId: agent, at: t0 + 10_000 }]);
    const [ended, [duringOffer]] = run(offering, [
      { type: 'terminated', transferred: false, code: 200, subcode: 540000, at: t0 + 11_000 },
    ]);
    expect(ended.state).toMatchObject({ kind: 'ended', reason: 'abandonedDuringOffer' });
    expect(duringOffer).toContainEqual({
      type: 'agent.released',
      agentId: agent,
      reason: 'abandonedDuringOffer',
    });
  });

  it('announces position and estimated wait, then the music again', () => {
    const [, [commands]] = run(inSales(), [{ type: 'timer', name: 'announce', at: t0 + 36_000 }]);
    const play = commands!.find((c) => c.type === 'graph.play');
    expect(play).toMatchObject({ context: 'music:4' });
    expect((play as { prompts: unknown[] }).prompts.at(-1)).toEqual(shipped('music-on-hold'));
    expect((play as { prompts: unknown[] }).prompts.length).toBeGreaterThan(2);
    expect(commands).toContainEqual({ type: 'timer.set', name: 'announce', dueAt: t0 + 66_000 });
  });

  it('overflows a full queue with its full-queue action and a max-wait to its max-wait action', () => {
    const [full, [overflow]] = run(inMenu(), [tone('1', 1)], context({ waitingNow: { sales: 2 } }));
    expect(overflow).toContainEqual({
      type: 'log',
      name: 'overflowed',
      data: { queueId: 'sales', reason: 'maxSize', waiting: 2 },
    });
    expect(full.state).toMatchObject({ kind: 'closing', reason: 'queueFullDisconnect' });
    const [inSupport] = run(inMenu(), [tone('2', 1)]);
    const [moved, [timeout]] = run(inSupport, [{ type: 'timer', name: 'maxWait', at: t0 + 66_000 }]);
    expect(timeout).toContainEqual({
      type: 'log',
      name: 'overflowed',
      data: { queueId: 'support', reason: 'maxWait', waitedMs: 60_000 },
    });
    expect(moved.state).toMatchObject({ kind: 'queued', queueId: 'sales', enqueuedAt: t0 + 66_000 });
  });

  it('runs the closed action outside business hours', () => {
    const ctx = context({ schedule: { kind: 'closed' } });
    const [closed] = run(arrived(ctx), [established, done('greeting:1')], ctx);
    expect(closed.state).toMatchObject({ kind: 'closing', after: { type: 'hangUp' } });
    expect(closed.media.playing).toBe('closing:2');
  });

  it('keeps the call alive while the bot holds it and ignores everything once ended', () => {
    const [, [alive]] = run(inSales(), [{ type: 'timer', name: 'keepAlive', at: t0 + 600_000 }]);
    expect(alive).toEqual([
      { type: 'graph.keepAlive', callId: 'c1' },
      { type: 'timer.set', name: 'keepAlive', dueAt: t0 + 1_200_000 },
    ]);
    const [ended] = run(inSales(), [
      { type: 'terminated', transferred: false, code: 200, subcode: 540000, at: t0 + 16_000 },
    ]);
    for (const event of [established, tone('1', 9), { type: 'agentReleased', at: t0 } as const]) {
      expect(transition(ended, event, context())).toEqual([ended, []]);
    }
  });
});
