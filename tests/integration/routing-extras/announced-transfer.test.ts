import { join } from 'node:path';
import { backends } from '../contact-center/backends';
import { bo, type CenterHarness, startCenter, tenantId } from '../contact-center/harness';

const configFile = join(__dirname, 'extras-center.yaml');
const caller = '+14255550123';

describe.each(backends())('announced transfer on %s', (_name, store) => {
  let h: CenterHarness;
  beforeEach(async () => {
    h = await startCenter({ store, configFile });
  });
  afterEach(() => h.close());

  /** Dials, waits for the menu and presses a key: the caller is queued. */
  async function queueIn(key: string) {
    const leg = await h.dial(undefined, caller);
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: { uri: string }) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, key);
    return leg;
  }
  /** Waits until the bot's call rings on Bo's Teams; resolves with that ring. */
  const botCallRings = async () =>
    (
      await h.until(
        () => h.user(bo),
        (u) => u.ringing.length === 1,
      )
    ).ringing[0] as { id: string; kind: string; from: string; callId: string };
  const names = (heard: { uri: string }[]) =>
    heard.map((p) => p.uri.slice(p.uri.lastIndexOf('/') + 1).replace(/\.wav$/, ''));

  it('calls the agent first, whispers queue, wait, caller and VIP in order, then connects the caller to them', async () => {
    const leg = await queueIn('4'); // priority 1: a VIP
    const ring = await botCallRings();
    // The agent's Teams rings with the bot's call, not the caller's: the caller still hears music.
    expect(ring.kind).toBe('botCall');
    expect((await h.line(leg)).connectedTo).toMatchObject({ kind: 'bot' });
    await h.control('POST', `/_sim/users/${bo}/answer`, { ringId: ring.id });
    const line = await h.until(
      () => h.line(leg),
      (l) => l.connectedTo?.kind === 'user',
    );
    expect(line.connectedTo).toMatchObject({ kind: 'user', userId: bo });
    const agentCall = (await h.control('GET', `/_sim/calls/${ring.callId}`)).body;
    expect(names(agentCall.heard)).toEqual([
      'whisper-queue',
      'queue-support',
      'whisper-waited-under-a-minute',
      'whisper-call-from',
      ...[...caller.slice(1)].map((digit) => `number-${digit}`),
      'whisper-vip',
    ]);
    expect(agentCall.heard.every((p: { cut: boolean }) => !p.cut)).toBe(true);
    expect(agentCall.state).toBe('terminated');
    const agent = await h.user(bo);
    expect(agent.inCall).toMatchObject({ with: 'phone', pstnCallId: leg });
    // The transfer named the whispered call as the one to replace.
    const transfers = (await h.control('GET', '/_sim/requests?kind=transfer')).body.value;
    expect(transfers).toHaveLength(1);
    expect(transfers[0].body.transferTarget).toMatchObject({
      identity: { user: { id: bo } },
      replacesCallId: ring.callId,
    });
    const connected = await h.until(
      () => h.events('connected'),
      (e) => e.length === 1,
    );
    expect(connected[0]!.data).toMatchObject({ queueId: 'whisper', agentId: bo });
    expect((await h.events('offered'))[0]!.data).toMatchObject({ agentId: bo, announced: true });
    expect(await h.events('missed')).toEqual([]);
  });

  it.each([
    ['declines the whisper call', 'decline'],
    ['does not answer the whisper call', undefined],
  ])(
    'counts an agent who %s as a missed offer: not ready, the caller back in the queue',
    async (_why, act) => {
      const leg = await queueIn('3');
      const ring = await botCallRings();
      if (act) await h.control('POST', `/_sim/users/${bo}/${act}`, { ringId: ring.id });
      const missed = await h.until(
        () => h.events('missed'),
        (e) => e.length === 1,
      );
      expect(missed[0]!.data).toMatchObject({ queueId: 'whisper', agentId: bo });
      const agent = await h.until(
        () => h.store.agents.get(tenantId, bo),
        (a) => a?.status === 'notReady',
      );
      expect(agent).toMatchObject({ reason: 'missed', interactionId: undefined });
      const line = await h.until(
        () => h.line(leg),
        (l) => l.heard.filter((p: { uri: string }) => p.uri.endsWith('/music-on-hold.wav')).length >= 2,
      );
      expect(line.connectedTo).toMatchObject({ kind: 'bot' });
      expect((await h.control('GET', `/_sim/calls/${ring.callId}`)).body.state).toBe('terminated');
      expect((await h.control('GET', '/_sim/requests?kind=transfer')).body.value).toEqual([]);
    },
  );

  it('ends the call to the agent and frees them when the caller hangs up while it rings', async () => {
    const leg = await queueIn('3');
    const ring = await botCallRings();
    await h.control('POST', `/_sim/pstn/calls/${leg}/hangup`, {});
    await h.until(
      () => h.control('GET', `/_sim/calls/${ring.callId}`),
      (r) => r.body.state === 'terminated',
    );
    expect((await h.user(bo)).ringing).toEqual([]);
    const agent = await h.until(
      () => h.store.agents.get(tenantId, bo),
      (a) => a?.status === 'available',
    );
    expect(agent?.interactionId).toBeUndefined();
    expect((await h.events('abandoned'))[0]!.data).toMatchObject({ queueId: 'whisper', agentId: bo });
    expect(await h.events('missed')).toEqual([]);
  });
});

describe.each(backends())('announced transfer with a slow Teams on %s', (_name, store) => {
  let h: CenterHarness;
  beforeEach(async () => {
    // Teams would ring for 10 minutes (30 s here): the queue's 15 s alert time must end it first.
    h = await startCenter({ store, configFile, simulator: { settings: { ringMs: 600_000 } } });
  });
  afterEach(() => h.close());

  it('misses the offer at the queue’s alert time and hangs up the call still ringing on the agent’s Teams', async () => {
    const leg = await h.dial(undefined, caller);
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: { uri: string }) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, '3');
    const ringing = await h.until(
      () => h.user(bo),
      (u) => u.ringing.length === 1,
    );
    const agentCallId = ringing.ringing[0].callId as string;
    const missed = await h.until(
      () => h.events('missed'),
      (e) => e.length === 1,
      25_000,
    );
    expect(missed[0]!.data).toMatchObject({ queueId: 'whisper', agentId: bo });
    await h.until(
      () => h.control('GET', `/_sim/calls/${agentCallId}`),
      (r) => r.body.state === 'terminated',
    );
    const hangUps = (await h.control('GET', '/_sim/requests?kind=deleteCall')).body.value;
    expect(hangUps.map((r: { path: string }) => r.path)).toContainEqual(expect.stringContaining(agentCallId));
    expect((await h.user(bo)).ringing).toEqual([]);
    expect(await h.store.agents.get(tenantId, bo)).toMatchObject({ status: 'notReady', reason: 'missed' });
  }, 40_000);
});
