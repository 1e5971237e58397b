import {
  ann,
  backends,
  bo,
  messagesNumber,
  startVoiceCenter,
  sue,
  tenantId,
  type VoiceHarness,
} from './voice-harness';

const heard = (line: any, name: string) => line.heard.some((p: any) => p.uri.endsWith(`/${name}.wav`));

// Whole calls through the simulator, several per test, on a machine other suites share.
jest.setTimeout(60_000);

describe.each(backends())('voicemail on %s', (_name, store) => {
  let h: VoiceHarness;
  beforeEach(async () => {
    h = await startVoiceCenter({ store });
  });
  afterEach(() => h.close());

  it('records the message, keeps it, routes it to an agent as a task, and plays it back through the API', async () => {
    // Ann is in a meeting: no voice call can reach her, but a task can.
    await h.setPresence(ann, 'Busy', 'InAMeeting');
    const leg = await h.dial(messagesNumber);
    await h.until(
      () => h.line(leg),
      (l) => heard(l, 'voicemail-offer') && heard(l, 'music-on-hold'),
    );
    await h.press(leg, '2');
    const recording = await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.kind === 'recording'),
    );
    expect(recording.heard.map((p: any) => p.kind)).toEqual(expect.arrayContaining(['beep', 'recording']));
    expect(heard(recording, 'voicemail-record')).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    await h.press(leg, '#');
    const ended = await h.until(
      () => h.line(leg),
      (l) => l.state === 'ended',
    );
    expect(heard(ended, 'voicemail-thanks')).toBe(true);

    const [left] = await h.until(
      () => h.events('voicemailLeft'),
      (e) => e.length === 1,
    );
    expect(left!.data).toMatchObject({ queueId: 'vm' });
    // The task goes to Ann at once (`connected`: a task is delivered when it is given).
    const [given] = await h.until(
      () => h.events('connected'),
      (e) => e.length === 1,
    );
    const taskId = given!.interactionId as string;
    expect(taskId).not.toBe(left!.interactionId);
    const stored = await h.store.interactions.get(tenantId, taskId);
    expect(stored).toMatchObject({
      channel: 'voicemail',
      caller: '+14255550123',
      state: { kind: 'taskAssigned', agentId: ann, queueId: 'vm' },
    });
    // The caller's place: the task waits from when the caller entered the queue.
    const [queued] = await h.events('queued');
    expect(queued!.interactionId).toBe(left!.interactionId);
    expect((stored!.state as { enqueuedAt: number }).enqueuedAt).toBe((queued as any).at);
    const caller = await h.until(
      () => h.store.interactions.get(tenantId, left!.interactionId!),
      (i) => i?.state.kind === 'ended',
    );
    expect(caller!.state).toMatchObject({ kind: 'ended', reason: 'voicemailLeft' });

    const detail = await h.until(
      () => h.api('GET', `/interactions/${taskId}`, ann),
      (r) => r.status === 200 && r.body.hasRecording === true,
    );
    expect(detail.body).toMatchObject({ channel: 'voicemail', state: 'taskAssigned', agentId: ann });

    // The task is in Ann's interactions of the day, on the voicemail channel.
    const mine = await h.api('GET', '/me/interactions', ann);
    expect(mine.body.today).toEqual([
      expect.objectContaining({
        id: taskId,
        channel: 'voicemail',
        state: 'taskAssigned',
        hasRecording: true,
      }),
    ]);

    const played = await h.until(
      () => h.api('GET', `/interactions/${taskId}/recording`, ann),
      (r) => r.status === 200,
    );
    expect(played.headers.get('content-type')).toBe('audio/wav');
    expect(played.bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(played.bytes.subarray(8, 12).toString('ascii')).toBe('WAVE');
    expect(played.bytes.byteLength).toBeGreaterThan(44);
    expect((await h.api('GET', `/interactions/${taskId}/recording`, sue)).status).toBe(200);
    // Another agent of the tenant cannot hear it; the caller's own call has no recording.
    expect((await h.api('GET', `/interactions/${taskId}/recording`, bo)).status).toBe(404);
    expect((await h.api('GET', `/interactions/${left!.interactionId}/recording`, sue)).status).toBe(404);

    const done = await h.api('POST', `/interactions/${taskId}/wrapup`, ann, { disposition: 'resolved' });
    expect(done.status).toBe(200);
    await h.until(
      () => h.store.interactions.get(tenantId, taskId),
      (i) => i?.state.kind === 'ended',
    );
    expect((await h.store.interactions.get(tenantId, taskId))!.state).toMatchObject({
      kind: 'ended',
      reason: 'handled',
      agentId: ann,
    });
  });

  it('gives an agent no more tasks than their capacity, and the next once one is done', async () => {
    // Ann holds one task at a time (taskCapacity 1); Bo is in no voicemail queue.
    await h.setPresence(ann, 'Busy', 'InAMeeting');
    for (const from of ['+14255550123', '+14255550124']) {
      const leg = await h.dial(messagesNumber, from);
      await h.until(
        () => h.line(leg),
        (l) => heard(l, 'voicemail-offer'),
      );
      await h.press(leg, '2');
      await h.until(
        () => h.line(leg),
        (l) => l.heard.some((p: any) => p.kind === 'recording'),
      );
      await h.press(leg, '#');
      await h.until(
        () => h.line(leg),
        (l) => l.state === 'ended',
      );
    }
    // Each voicemail task begins with its own `arrived`, on the voicemail channel.
    const tasks = async () =>
      (await h.events('arrived'))
        .filter((a) => a.data.channel === 'voicemail')
        .map((a) => a.interactionId as string);
    const ids = await h.until(tasks, (t) => t.length === 2);
    const states = async () =>
      Promise.all(ids.map(async (id) => (await h.store.interactions.get(tenantId, id))!.state.kind));
    await h.until(states, (s) => s.includes('taskAssigned'));
    // Well after the first was given, the second task still waits.
    await new Promise((r) => setTimeout(r, 1200));
    expect((await states()).sort()).toEqual(['taskAssigned', 'taskQueued']);
    const first = ids[(await states()).indexOf('taskAssigned')]!;
    expect(
      (await h.api('POST', `/interactions/${first}/wrapup`, ann, { disposition: 'resolved' })).status,
    ).toBe(200);
    await h.until(states, (s) => s.sort().join() === 'ended,taskAssigned');
  });
});
