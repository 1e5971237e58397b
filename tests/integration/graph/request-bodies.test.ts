import { alice, bob, entry, eventually, instanceId, isCallState, tenantId } from '../simulator/harness';
import { startPromptServer } from '../simulator/prompt-server';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

/** Every kind of Graph request the port can send, as the simulator names them. */
const everyKind = [
  'answer',
  'playPrompt',
  'recordResponse',
  'subscribeToTone',
  'cancelMediaProcessing',
  'startHoldMusic',
  'stopHoldMusic',
  'keepAlive',
  'transfer',
  'deleteCall',
  'createCall',
  'getPresencesByUserId',
  'users',
];

describe("request bodies against Graph's v1.0 schema", () => {
  let f: GraphFixture;
  let prompts: Awaited<ReturnType<typeof startPromptServer>>;
  beforeAll(async () => {
    prompts = await startPromptServer();
  });
  afterAll(() => prompts.close());
  beforeEach(async () => {
    f = await startGraphFixture();
  });
  afterEach(() => f.close());

  it('sends every route with a body the simulator accepts (it answers 400 to any parameter not in the CSDL)', async () => {
    const music = { uri: `${prompts.url}/music.wav`, resourceId: 'music' };
    const { callId, notification } = await f.h.incomingCall();
    const caller = entry(notification).resourceData.incomingContext.sourceParticipantId as string;
    const ok = { ok: true };
    expect(await f.graph.answer(tenantId, callId, { callbackUri: f.h.bot.url, prefetch: [music] })).toEqual(
      ok,
    );
    await f.h.bot.waitFor(isCallState(callId, 'established'));

    const twenty = Array.from({ length: 20 }, () => ({ ...music, extra: 'never sent' }));
    expect(await f.graph.playPrompts(tenantId, callId, twenty, 'x'.repeat(256))).toMatchObject(ok);
    expect(await f.graph.cancelMediaProcessing(tenantId, callId)).toMatchObject(ok);
    expect(
      await f.graph.recordResponse(tenantId, callId, {
        prompt: music,
        bargeInAllowed: true,
        initialSilenceTimeoutInSeconds: 2,
        maxSilenceTimeoutInSeconds: 2,
        maxRecordDurationInSeconds: 10,
        playBeep: true,
        stopTones: ['#'],
        clientContext: 'voicemail',
      }),
    ).toMatchObject({ ok: true, value: { status: 'running', clientContext: 'voicemail' } });
    expect(await f.graph.cancelMediaProcessing(tenantId, callId, 'stop')).toMatchObject(ok);
    expect(await f.graph.subscribeToTone(tenantId, callId)).toMatchObject(ok);
    expect(
      await f.graph.startHoldMusic(tenantId, callId, caller, { prompt: music, clientContext: 'hold' }),
    ).toMatchObject(ok);
    expect(await f.graph.stopHoldMusic(tenantId, callId, caller, 'unhold')).toMatchObject(ok);
    expect(await f.graph.startHoldMusic(tenantId, callId, caller)).toMatchObject(ok);
    expect(await f.graph.stopHoldMusic(tenantId, callId, caller)).toMatchObject(ok);
    expect(await f.graph.keepAlive(tenantId, callId)).toEqual(ok);
    expect(await f.graph.transferToUser(tenantId, callId, bob)).toEqual(ok);

    const toAgent = await f.graph.createCall(tenantId, {
      callbackUri: f.h.bot.url,
      target: { kind: 'user', userId: alice },
    });
    expect(toAgent).toMatchObject({ ok: true, value: { state: 'establishing' } });
    const toPhone = await f.graph.createCall(tenantId, {
      callbackUri: f.h.bot.url,
      target: { kind: 'phone', phone: '+14255550177' },
      applicationInstanceId: instanceId,
    });
    expect(toPhone).toMatchObject({ ok: true, value: { state: 'establishing' } });
    if (toAgent.ok) expect(await f.graph.hangUp(tenantId, toAgent.value.id)).toEqual(ok);
    await f.graph.getPresences(tenantId, [alice, bob]);
    await f.graph.searchUsers(tenantId, 'Al', 5);
    await f.graph.getUser(tenantId, bob);

    const requests = await f.requests();
    expect(requests.filter((r) => r.status < 200 || r.status >= 300)).toEqual([]);
    expect([...new Set(requests.map((r) => r.kind))].sort()).toEqual([...everyKind].sort());
    // Exactly the parameters Microsoft's examples show, nothing the caller's objects carried.
    const sent = {
      '@odata.type': '#microsoft.graph.mediaPrompt',
      mediaInfo: { uri: music.uri, resourceId: 'music' },
    };
    expect(requests.find((r) => r.kind === 'playPrompt')!.body).toEqual({
      prompts: Array(20).fill(sent),
      clientContext: 'x'.repeat(256),
    });
    expect(requests.find((r) => r.kind === 'transfer')!.body).toEqual({
      transferTarget: { identity: { user: { id: bob } } },
    });
    expect(requests.find((r) => r.kind === 'createCall' && r.body.source)!.body).toEqual({
      '@odata.type': '#microsoft.graph.call',
      callbackUri: f.h.bot.url,
      source: {
        identity: { applicationInstance: { '@odata.type': '#microsoft.graph.identity', id: instanceId } },
      },
      targets: [{ identity: { phone: { '@odata.type': '#microsoft.graph.identity', id: '+14255550177' } } }],
      requestedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
      tenantId,
    });
    await eventually(
      () => f.h.control('GET', `/_sim/users/${bob}`),
      (u) => u.body.ringing.length === 1,
    );
  });

  it('refuses locally what Graph would refuse: 21 prompts, a 257-character clientContext, a number not in E.164', async () => {
    const prompt = { uri: `${prompts.url}/music.wav` };
    await expect(f.graph.playPrompts(tenantId, 'any', Array(21).fill(prompt), 'c')).rejects.toThrow(
      RangeError,
    );
    await expect(f.graph.playPrompts(tenantId, 'any', [prompt], 'x'.repeat(257))).rejects.toThrow(RangeError);
    await expect(f.graph.transferToPhone(tenantId, 'any', '425-555-0100')).rejects.toThrow(RangeError);
    expect(await f.requests()).toEqual([]);
  });
});
