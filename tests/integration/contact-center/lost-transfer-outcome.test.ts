import { backends } from './backends';
import { ann, bo, type CenterHarness, startCenter, tenantId } from './harness';

/**
 * Issue 4 (scale-out): Graph's notifications that a transfer completed can go to an instance that dies
 * before storing them, and Graph does not send them again. Teams showing the agent in the call settles it.
 */
describe.each(backends())('a transfer whose outcome notifications are lost, on %s', (_name, store) => {
  let h: CenterHarness;
  afterEach(() => h.close());

  it('connects the caller when Teams shows the agent in the call, and frees the agent when they hang up', async () => {
    h = await startCenter({
      store,
      simulator: {
        // The `deleted` (0/7015) that says the transfer completed never arrives.
        faults: [{ fault: 'drop', on: 'terminated' }],
      },
    });
    await h.control('POST', `/_sim/users/${bo}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    const leg = await h.dial();
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, '1');
    await h.until(
      () => h.user(ann),
      (u) => u.ringing.length === 1,
    );
    await h.control('POST', `/_sim/users/${ann}/answer`, {});
    const connected = await h.until(
      () => h.events(),
      (e) => e.some((x) => x.name === 'connected'),
    );
    expect(connected.filter((e) => e.name === 'connected')).toHaveLength(1);
    expect(connected.some((e) => e.name === 'abandoned')).toBe(false);

    await h.control('POST', `/_sim/users/${ann}/hangup`);
    const after = await h.until(
      () => h.events(),
      (e) => e.some((x) => x.name === 'ended'),
    );
    expect(after.filter((e) => e.name === 'ended').map((e) => e.data)).toEqual([
      expect.objectContaining({ reason: 'handled', agentId: ann }),
    ]);
    expect((await h.store.agents.get(tenantId, ann))?.status).toMatch(/^(available|wrapUp)$/);
    const faults = await h.until(
      async () => (await h.control('GET', '/_sim/faults')).body.value,
      (rules: any[]) => rules[0]?.fired === 1,
    );
    expect(faults.map((r: any) => [r.on, r.fired])).toEqual([['terminated', 1]]);
  });
});
