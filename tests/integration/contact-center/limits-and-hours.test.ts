import { backends } from './backends';
import { ann, bo, type CenterHarness, closedNumber, startCenter } from './harness';

const busy = { availability: 'Busy', activity: 'InAMeeting' };

describe.each(backends())('queue limits and hours on %s', (_name, store) => {
  let h: CenterHarness;
  beforeEach(async () => {
    h = await startCenter({ store });
    for (const id of [ann, bo]) await h.control('POST', `/_sim/users/${id}/presence`, busy);
  });
  afterEach(() => h.close());

  async function queueIn(key: string, from: string) {
    const leg = await h.dial(undefined, from);
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, key);
    return leg;
  }

  it('sends a caller who found the queue full to its full-queue action', async () => {
    await queueIn('3', '+14255550111');
    await h.until(
      () => h.events('queued'),
      (e) => e.length === 1,
    );
    const second = await queueIn('3', '+14255550222');
    const ended = await h.until(
      () => h.line(second),
      (l) => l.state === 'ended',
    );
    expect(ended.heard.map((p: any) => p.uri.split('/').pop())).toContain('queue-full.wav');
    expect(ended.endReason).toBe('ended by the bot');
    // The first caller's 2 s maximum wait may pass meanwhile on a loaded machine: that overflow is theirs.
    const overflowed = (await h.events('overflowed')).filter((e) => e.data.reason === 'maxSize');
    expect(overflowed.map((e) => e.data)).toEqual([{ queueId: 'tiny', reason: 'maxSize', waiting: 1 }]);
    const reasons = await h.until(
      () => h.events('ended'),
      (e) => e.length > 0,
    );
    expect(reasons.map((e) => e.data.reason)).toEqual(['queueFullDisconnect']);
  });

  it('moves a caller who waited the queue maximum to its max-wait action', async () => {
    const leg = await queueIn('3', '+14255550111');
    const moved = await h.until(
      () => h.events('queued'),
      (e) => e.length === 2,
      6000,
    );
    expect(moved.map((e) => [e.data.queueId, e.data.priority])).toEqual([
      ['tiny', 3],
      ['sales', 1],
    ]);
    const overflow = (await h.events('overflowed'))[0]!;
    expect(overflow.data).toMatchObject({ queueId: 'tiny', reason: 'maxWait' });
    expect(overflow.data.waitedMs).toBeGreaterThanOrEqual(2000);
    expect((await h.line(leg)).state).toBe('connected');
  });

  it('plays the closed message and hangs up outside business hours (a holiday here)', async () => {
    const leg = await h.dial(closedNumber);
    const ended = await h.until(
      () => h.line(leg),
      (l) => l.state === 'ended',
    );
    expect(ended.heard.map((p: any) => p.uri.split('/').pop())).toEqual(['closed.wav']);
    const reasons = await h.until(
      () => h.events('ended'),
      (e) => e.length > 0,
    );
    expect(reasons.map((e) => e.data.reason)).toEqual(['disconnectedByFlow']);
    expect(await h.events('queued')).toEqual([]);
  });

  it('replays the menu after a wrong key and hangs up when the retries are spent', async () => {
    const leg = await h.dial();
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, '9');
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/invalid-choice.wav')),
    );
    // Then silence: no input after the menu counts as the second failure; onFailure says goodbye.
    const ended = await h.until(
      () => h.line(leg),
      (l) => l.state === 'ended',
      8000,
    );
    const heard = ended.heard.map((p: any) => p.uri.split('/').pop());
    expect(heard.slice(-1)).toEqual(['goodbye.wav']);
    const reasons = await h.until(
      () => h.events('ended'),
      (e) => e.length > 0,
    );
    expect(reasons.map((e) => e.data.reason)).toEqual(['disconnectedByFlow']);
  });
});
