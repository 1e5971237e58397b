import { isCallState, tenantId } from '../simulator/harness';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

describe('keepAlive', () => {
  let f: GraphFixture;
  beforeEach(async () => {
    f = await startGraphFixture();
  });
  afterEach(() => f.close());

  it('keeps a live call and reports a call that has ended as gone (Graph answers 404)', async () => {
    const { callId, legId } = await f.h.incomingCall();
    await f.graph.answer(tenantId, callId, { callbackUri: f.h.bot.url });
    await f.h.bot.waitFor(isCallState(callId, 'established'));
    expect(await f.graph.keepAlive(tenantId, callId)).toEqual({ ok: true });

    await f.h.control('POST', `/_sim/pstn/calls/${legId}/hangup`, {});
    await f.h.bot.waitFor(isCallState(callId, 'terminated'));
    const gone = await f.graph.keepAlive(tenantId, callId);
    expect(gone).toMatchObject({ ok: false, reason: 'callGone' });
    if (!gone.ok) expect(gone.error).toMatchObject({ status: 404, code: 'itemNotFound', tenantId, callId });
    expect((await f.requests('keepAlive')).map((r) => r.status)).toEqual([200, 404]);
  });
});
