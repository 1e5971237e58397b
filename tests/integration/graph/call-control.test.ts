import {
  alice,
  contactCenterNumber,
  entry,
  eventually,
  isCallState,
  mallory,
  tenantId,
} from '../simulator/harness';
import { startPromptServer } from '../simulator/prompt-server';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

const operationDone = (callId: string, clientContext: string) => (r: { body: Record<string, unknown> }) => {
  const e = entry(r as never);
  return (
    e?.resourceUrl?.startsWith(`/communications/calls/${callId}/operations/`) &&
    e.resourceData.clientContext === clientContext
  );
};

describe('call control on a real simulated call', () => {
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

  /** A caller dials the contact center and the bot answers through the port. */
  const answeredCall = async () => {
    const incoming = await f.h.incomingCall();
    const hello = { uri: `${prompts.url}/hello.wav`, resourceId: 'hello' };
    expect(
      await f.graph.answer(tenantId, incoming.callId, { callbackUri: f.h.bot.url, prefetch: [hello] }),
    ).toEqual({ ok: true });
    await f.h.bot.waitFor(isCallState(incoming.callId, 'established'));
    return incoming;
  };

  it('answers, plays prompts, hears DTMF after subscribing, and transfers to an agent who answers', async () => {
    const { callId, legId } = await answeredCall();
    const played = await f.graph.playPrompts(
      tenantId,
      callId,
      [{ uri: `${prompts.url}/hello.wav`, resourceId: 'hello' }, { uri: `${prompts.url}/short.wav` }],
      'greeting:1',
    );
    expect(played).toMatchObject({ ok: true, value: { status: 'running', clientContext: 'greeting:1' } });
    const done = await f.h.bot.waitFor(operationDone(callId, 'greeting:1'));
    expect(entry(done).resourceData).toMatchObject({ status: 'completed', resultInfo: { code: 200 } });
    const heard = (await f.h.control('GET', `/_sim/pstn/calls/${legId}`)).body.heard;
    expect(heard.map((p: { uri: string }) => p.uri)).toEqual([
      `${prompts.url}/hello.wav`,
      `${prompts.url}/short.wav`,
    ]);

    expect(await f.graph.subscribeToTone(tenantId, callId, 'menu')).toMatchObject({
      ok: true,
      value: { status: 'completed' },
    });
    await f.h.control('POST', `/_sim/pstn/calls/${legId}/dtmf`, { tones: '2' });
    const tone = await f.h.bot.waitFor(
      (r) => isCallState(callId, 'established')(r) && entry(r).resourceData.toneInfo,
    );
    expect(entry(tone).resourceData.toneInfo).toMatchObject({ tone: 'tone2', sequenceId: 1 });

    expect(await f.graph.transferToUser(tenantId, callId, alice)).toEqual({ ok: true });
    await f.h.bot.waitFor(isCallState(callId, 'transferring'));
    await eventually(
      () => f.h.control('GET', `/_sim/users/${alice}`),
      (u) => u.body.ringing.length === 1,
    );
    await f.h.control('POST', `/_sim/users/${alice}/answer`, {});
    const ended = await f.h.bot.waitFor(isCallState(callId, 'terminated'));
    expect(entry(ended).resourceData.resultInfo).toMatchObject({ code: 0, subcode: 7015 });
    expect((await f.h.control('GET', `/_sim/pstn/calls/${legId}`)).body.connectedTo).toMatchObject({
      kind: 'user',
      userId: alice,
    });
    expect((await f.requests()).map((r) => [r.kind, r.status])).toEqual([
      ['answer', 202],
      ['playPrompt', 200],
      ['subscribeToTone', 200],
      ['transfer', 202],
    ]);
  });

  it('cancels media processing: the running prompt fails 400/8508', async () => {
    const { callId } = await answeredCall();
    await f.graph.playPrompts(tenantId, callId, [{ uri: `${prompts.url}/hello.wav` }], 'long');
    expect(await f.graph.cancelMediaProcessing(tenantId, callId, 'stop')).toMatchObject({
      ok: true,
      value: { status: 'completed' },
    });
    const cancelled = await f.h.bot.waitFor(operationDone(callId, 'long'));
    expect(entry(cancelled).resourceData).toMatchObject({
      status: 'failed',
      resultInfo: { code: 400, subcode: 8508 },
    });
  });

  it('hangs up: Graph ends the call and the caller hears the line drop', async () => {
    const { callId, legId } = await answeredCall();
    expect(await f.graph.hangUp(tenantId, callId)).toEqual({ ok: true });
    await f.h.bot.waitFor(isCallState(callId, 'terminated'));
    expect((await f.h.control('GET', `/_sim/pstn/calls/${legId}`)).body.state).toBe('ended');
    expect(await f.graph.hangUp(tenantId, callId)).toMatchObject({ ok: false, reason: 'callGone' });
  });

  it("reports a transfer to another tenant's user as targetRefused, with Graph's code, request id and the call", async () => {
    const { callId } = await answeredCall();
    const refused = await f.graph.transferToUser(tenantId, callId, mallory);
    expect(refused).toMatchObject({ ok: false, reason: 'targetRefused' });
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ name: 'GraphError', status: 403, code: '7505', tenantId, callId });
    expect(refused.error.route).toBe('POST /communications/calls/{call-id}/transfer');
    expect(refused.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('transfers to a phone number from the contact-center number', async () => {
    const { callId, legId } = await answeredCall();
    expect(await f.graph.transferToPhone(tenantId, callId, '+14255550199')).toEqual({ ok: true });
    const outbound = await eventually(
      async () =>
        (await f.h.control('GET', '/_sim/pstn/calls')).body.value.find(
          (leg: { to: string }) => leg.to === '+14255550199',
        ),
      (leg) => leg?.state === 'ringing',
    );
    expect(outbound.from).toBe(contactCenterNumber);
    await f.h.control('POST', `/_sim/pstn/calls/${outbound.id}/answer`, {});
    await f.h.bot.waitFor(isCallState(callId, 'terminated'));
    expect((await f.h.control('GET', `/_sim/pstn/calls/${legId}`)).body.connectedTo).toMatchObject({
      kind: 'phone',
      number: '+14255550199',
    });
  });
});
