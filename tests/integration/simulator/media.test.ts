import { alice, entry, eventually, type Harness, isCallState, startHarness, tenantId } from './harness';
import { startPromptServer } from './prompt-server';

const prompt = (uri: string) => ({
  '@odata.type': '#microsoft.graph.mediaPrompt',
  mediaInfo: { uri, resourceId: uri },
});
const opDone = (callId: string, opId: string) => (r: { body: Record<string, unknown> }) =>
  entry(r as never)?.resourceUrl === `/communications/calls/${callId}/operations/${opId}`;

describe('service-hosted media', () => {
  let h: Harness;
  let prompts: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    prompts = await startPromptServer();
  });
  afterAll(() => prompts.close());
  beforeEach(async () => {
    h = await startHarness({ speed: 20 });
  });
  afterEach(() => h.close());

  it('plays prompts in order for their real length and completes the operation 200/0', async () => {
    const { callId, legId } = await h.establishedCall();
    const first = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
      clientContext: 'greeting',
      prompts: [prompt(`${prompts.url}/hello.wav`)],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      '@odata.type': '#microsoft.graph.playPromptOperation',
      status: 'running',
      clientContext: 'greeting',
    });
    expect(first.headers.get('location')).toBe(`/communications/calls/${callId}/operations/${first.body.id}`);
    const second = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
      prompts: [prompt(`${prompts.url}/short.wav`)],
    });
    const done = await h.bot.waitFor(opDone(callId, second.body.id));
    expect(entry(done)).toMatchObject({
      changeType: 'deleted',
      resourceData: {
        '@odata.type': '#microsoft.graph.playPromptOperation',
        status: 'completed',
        resultInfo: { code: 200, subcode: 0 },
      },
    });
    const heard = (await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.heard;
    expect(heard.map((p: { uri: string }) => p.uri)).toEqual([
      `${prompts.url}/hello.wav`,
      `${prompts.url}/short.wav`,
    ]);
    expect(heard[0]).toMatchObject({ durationSeconds: 2, cut: false });
    // 2 s at speed 20 is 100 ms; the second starts only when the first ends.
    expect(Date.parse(heard[1].start)).toBeGreaterThanOrEqual(Date.parse(heard[0].end));
    expect(Date.parse(heard[0].end) - Date.parse(heard[0].start)).toBeGreaterThanOrEqual(90);
  });

  it('fails a prompt that is not 16 kHz mono 16-bit, or that cannot be fetched', async () => {
    const { callId } = await h.establishedCall();
    for (const file of ['stereo.wav', 'missing.wav']) {
      const op = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
        prompts: [prompt(`${prompts.url}/${file}`)],
      });
      const done = await h.bot.waitFor(opDone(callId, op.body.id));
      expect(entry(done).resourceData).toMatchObject({ status: 'failed' });
      expect(entry(done).resourceData.resultInfo.message).toMatch(
        file === 'stereo.wav' ? /mono/ : /404|unreachable/i,
      );
    }
  });

  it('cancels the running and the queued prompts with 400/8508, cutting what played', async () => {
    const { callId, legId } = await h.establishedCall();
    const running = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
      prompts: [prompt(`${prompts.url}/hello.wav`)],
    });
    const queued = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
      prompts: [prompt(`${prompts.url}/short.wav`)],
    });
    await new Promise((r) => setTimeout(r, 30));
    const cancel = await h.graph('POST', `/communications/calls/${callId}/cancelMediaProcessing`, {
      clientContext: 'x',
    });
    expect(cancel.body).toMatchObject({
      '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation',
      status: 'completed',
    });
    for (const op of [running, queued]) {
      const done = await h.bot.waitFor(opDone(callId, op.body.id));
      expect(entry(done).resourceData).toMatchObject({
        status: 'failed',
        resultInfo: { code: 400, subcode: 8508 },
      });
    }
    const heard = (await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.heard;
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ cut: true });
  });

  it('pre-fetches prompts named in answer so playPrompt needs no fetch', async () => {
    const { callId } = await h.incomingCall();
    const uri = `${prompts.url}/music.wav`;
    await h.graph('POST', `/communications/calls/${callId}/answer`, {
      callbackUri: h.bot.url,
      acceptedModalities: ['audio'],
      mediaConfig: {
        '@odata.type': '#microsoft.graph.serviceHostedMediaConfig',
        preFetchMedia: [{ uri, resourceId: 'music' }],
      },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(h.simulator.sim.prompts.fetchCount(uri)).toBe(1);
    const op = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
      prompts: [{ '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri, resourceId: 'music' } }],
    });
    await h.bot.waitFor(opDone(callId, op.body.id));
    expect(h.simulator.sim.prompts.fetchCount(uri)).toBe(1);
  });

  it('delivers tones only after subscribeToTone, with increasing sequence ids', async () => {
    const { callId, legId } = await h.establishedCall();
    await h.control('POST', `/_sim/pstn/calls/${legId}/dtmf`, { tones: '9' });
    await new Promise((r) => setTimeout(r, 50));
    const sub = await h.graph('POST', `/communications/calls/${callId}/subscribeToTone`, {
      clientContext: 'c',
    });
    expect(sub.body).toMatchObject({
      '@odata.type': '#microsoft.graph.subscribeToToneOperation',
      status: 'completed',
    });
    await h.control('POST', `/_sim/pstn/calls/${legId}/dtmf`, { tones: '1#' });
    const tones = await Promise.all(
      [1, 2].map((seq) => h.bot.waitFor((r) => entry(r)?.resourceData?.toneInfo?.sequenceId === seq)),
    );
    expect(tones.map((t) => entry(t).resourceData.toneInfo.tone)).toEqual(['tone1', 'pound']);
    expect(entry(tones[0]!).resourceData.state).toBe('established');
    expect(h.bot.received.filter((r) => entry(r)?.resourceData?.toneInfo)).toHaveLength(2);
  });

  it('records a response the bot downloads with its access token, stopped early by a stop tone', async () => {
    const { callId, legId } = await h.establishedCall();
    const op = await h.graph('POST', `/communications/calls/${callId}/recordResponse`, {
      maxRecordDurationInSeconds: 60,
      playBeep: true,
      stopTones: ['#'],
      clientContext: 'voicemail',
    });
    expect(op.body).toMatchObject({ '@odata.type': '#microsoft.graph.recordOperation', status: 'running' });
    await new Promise((r) => setTimeout(r, 150));
    await h.control('POST', `/_sim/pstn/calls/${legId}/dtmf`, { tones: '#' });
    const done = entry(await h.bot.waitFor(opDone(callId, op.body.id)));
    expect(done.resourceData).toMatchObject({ status: 'completed', clientContext: 'voicemail' });
    const { recordingLocation, recordingAccessToken } = done.resourceData;
    expect((await fetch(recordingLocation)).status).toBe(401);
    const download = await fetch(recordingLocation, {
      headers: { authorization: `Bearer ${recordingAccessToken}` },
    });
    expect(download.status).toBe(200);
    const wav = Buffer.from(await download.arrayBuffer());
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    const seconds = wav.readUInt32LE(40) / 32000;
    expect(seconds).toBeGreaterThan(0.5);
    expect(seconds).toBeLessThan(30);
  });

  it('loops hold music until stopped', async () => {
    const { callId, legId } = await h.establishedCall();
    const call = await h.graph('GET', `/communications/calls/${callId}`);
    const participants = await h.graph('GET', `/communications/calls/${callId}/participants`);
    const caller = participants.body.value.find((p: any) => p.id !== call.body.myParticipantId);
    const start = await h.graph(
      'POST',
      `/communications/calls/${callId}/participants/${caller.id}/startHoldMusic`,
      {
        customPrompt: prompt(`${prompts.url}/short.wav`),
        clientContext: 'hold',
      },
    );
    expect(start.status).toBe(202);
    await h.bot.waitFor(opDone(callId, start.body.id));
    await new Promise((r) => setTimeout(r, 120)); // 0.5 s prompt at speed 20 = 25 ms per loop
    await h.graph('POST', `/communications/calls/${callId}/participants/${caller.id}/stopHoldMusic`, {});
    const heard = (await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.heard;
    expect(heard.length).toBeGreaterThanOrEqual(3);
    expect(heard.every((p: { kind: string }) => p.kind === 'holdMusic')).toBe(true);
    expect(heard.at(-1)).toMatchObject({ cut: true });
  });

  it('records what a Teams user hears on a call the bot placed to them, in order, cut when the call ends', async () => {
    const placed = await h.graph('POST', '/communications/calls', {
      '@odata.type': '#microsoft.graph.call',
      callbackUri: h.bot.url,
      targets: [{ identity: { user: { id: alice } } }],
      requestedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
      tenantId,
    });
    expect(placed.status).toBe(201);
    const callId = placed.body.id;
    await eventually(
      async () => (await h.control('GET', `/_sim/users/${alice}`)).body.ringing.length,
      (n) => n === 1,
    );
    await h.control('POST', `/_sim/users/${alice}/answer`, {});
    await h.bot.waitFor(isCallState(callId, 'established'));
    const played = await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
      prompts: [prompt(`${prompts.url}/short.wav`), prompt(`${prompts.url}/hello.wav`)],
    });
    await h.bot.waitFor(opDone(callId, played.body.id));
    await h.graph('POST', `/communications/calls/${callId}/playPrompt`, {
      prompts: [prompt(`${prompts.url}/music.wav`)],
    });
    await eventually(
      async () => (await h.control('GET', `/_sim/calls/${callId}`)).body.heard.length,
      (n) => n === 3,
    );
    await h.graph('DELETE', `/communications/calls/${callId}`);
    const heard = (await h.control('GET', `/_sim/calls/${callId}`)).body.heard;
    expect(heard.map((p: { uri: string; cut: boolean }) => [p.uri, p.cut])).toEqual([
      [`${prompts.url}/short.wav`, false],
      [`${prompts.url}/hello.wav`, false],
      [`${prompts.url}/music.wav`, true],
    ]);
  });
});
