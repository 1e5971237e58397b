import {
  ann,
  backends,
  fullNumber,
  lateNumber,
  overflowNumber,
  startVoiceCenter,
  tenantId,
  type VoiceHarness,
} from './voice-harness';

const heard = (line: any, name: string) => line.heard.some((p: any) => p.uri.endsWith(`/${name}.wav`));

// Whole calls through the simulator, several per test, on a machine other suites share.
jest.setTimeout(60_000);

describe.each(backends())('queue exits on %s', (_name, store) => {
  let h: VoiceHarness;
  beforeEach(async () => {
    h = await startVoiceCenter({ store });
  });
  afterEach(() => h.close());

  it('sends a caller who waited too long to a phone number over PSTN, from the dialled number', async () => {
    const leg = await h.dial(overflowNumber);
    await h.until(
      () => h.line(leg),
      (l) => heard(l, 'music-on-hold'),
    );
    // No agent serves the queue: after maxWait (1 s) the max-wait action transfers to +14255550777.
    const [ringing] = await h.until(
      () => h.outbound('+14255550777'),
      (legs) => legs.length === 1,
    );
    expect(ringing).toMatchObject({ from: overflowNumber, state: 'ringing' });
    expect(heard(await h.line(leg), 'transferring')).toBe(true);
    await h.control('POST', `/_sim/pstn/calls/${ringing.id}/answer`, {});
    const talking = await h.until(
      () => h.line(leg),
      (l) => l.connectedTo?.kind === 'phone',
    );
    expect(talking.connectedTo).toMatchObject({ number: '+14255550777' });
    const [overflowed] = await h.events('overflowed');
    expect(overflowed!.data).toMatchObject({ queueId: 'spill', reason: 'maxWait' });
    const [transferred] = await h.until(
      () => h.events('transferred'),
      (e) => e.length === 1,
    );
    expect(transferred!.data).toEqual({ to: '+14255550777' });
    const ended = await h.until(
      () => h.store.interactions.get(tenantId, transferred!.interactionId!),
      (i) => i?.state.kind === 'ended',
    );
    expect(ended!.state).toMatchObject({ kind: 'ended', reason: 'transferredOut' });
  });

  it('takes a voicemail for another queue when the max wait is up (max-wait action voicemail)', async () => {
    await h.setPresence(ann, 'Busy', 'InAMeeting');
    const leg = await h.dial(lateNumber);
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.kind === 'recording'),
    );
    await h.press(leg, '#');
    await h.until(
      () => h.line(leg),
      (l) => l.state === 'ended' && heard(l, 'voicemail-thanks'),
    );
    const [left] = await h.until(
      () => h.events('voicemailLeft'),
      (e) => e.length === 1,
    );
    expect(left!.data).toMatchObject({ queueId: 'vm' });
    const [given] = await h.until(
      () => h.events('connected'),
      (e) => e.length === 1,
    );
    expect(await h.store.interactions.get(tenantId, given!.interactionId!)).toMatchObject({
      channel: 'voicemail',
      state: { kind: 'taskAssigned', queueId: 'vm', agentId: ann },
    });
  });

  it('offers a callback to a caller who finds the queue full (full-queue action callback)', async () => {
    await h.setPresence(ann, 'Busy', 'InAMeeting');
    const leg = await h.dial(fullNumber);
    await h.until(
      () => h.line(leg),
      (l) => heard(l, 'callback-confirm-number'),
    );
    await h.press(leg, '1');
    await h.until(
      () => h.line(leg),
      (l) => l.state === 'ended' && heard(l, 'callback-confirmed'),
    );
    const [requested] = await h.until(
      () => h.events('callbackRequested'),
      (e) => e.length === 1,
    );
    expect(requested!.data).toMatchObject({ queueId: 'full' });
    await h.setPresence(ann, 'Available');
    await h.until(
      () => h.outbound('+14255550123'),
      (legs) => legs.length === 1,
    );
  });
});
