import {
  contactCenterNumber,
  entry,
  eventually,
  graphDeadlines,
  type Harness,
  isCallState,
  startHarness,
} from './harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const callerNo = (i: number) => `+1425600${String(i).padStart(4, '0')}`;

describe('100 concurrent calls per app', () => {
  let h: Harness;
  beforeEach(async () => {
    // A 10-minute answer deadline keeps 100 unanswered calls in progress for the whole test.
    h = await startHarness({ speed: 20, settings: { answerDeadlineMs: 600_000 } });
  });
  afterEach(() => h.close());

  const dial = async (from: string) =>
    (await h.control('POST', '/_sim/pstn/calls', { from, to: contactCenterNumber })).body;
  const offered = () => h.bot.received.filter((r) => entry(r)?.changeType === 'created');

  it('does not offer the 101st call: its line ends busy at once; once a call ends, calls are offered again', async () => {
    const legs = [];
    for (let i = 0; i < 100; i++) legs.push(await dial(callerNo(i)));
    expect(legs.every((leg) => leg.state === 'ringing')).toBe(true);
    await eventually(
      async () => offered().length,
      (n) => n === 100,
    );

    const before = h.bot.received.length;
    const refused = await dial(callerNo(100));
    expect(refused).toMatchObject({ state: 'ended', endReason: expect.stringMatching(/^busy/), callIds: [] });
    await sleep(100);
    expect(h.bot.received).toHaveLength(before);

    await h.control('POST', `/_sim/pstn/calls/${legs[0].id}/hangup`, {});
    const next = await dial(callerNo(101));
    expect(next).toMatchObject({ state: 'ringing', callIds: [expect.any(String)] });
    await h.bot.waitFor(
      (r) => entry(r)?.changeType === 'created' && entry(r).resourceData.id === next.callIds[0],
    );
  });
});

describe('keepAlive', () => {
  let h: Harness;
  beforeEach(async () => {
    // 4 s without keepAlive ends a call: 200 ms of real time at speed 20.
    h = await startHarness({ speed: 20, settings: { keepAliveMs: 4000 } });
  });
  afterEach(() => h.close());

  it('ends an established call that gets no keepAlive with 408/8537, and the caller’s line with it', async () => {
    const { callId, legId } = await h.establishedCall();
    const terminated = await h.bot.waitFor(isCallState(callId, 'terminated'));
    expect(entry(terminated)).toMatchObject({
      changeType: 'deleted',
      resourceData: { resultInfo: { code: 408, subcode: 8537 } },
    });
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body).toMatchObject({
      state: 'ended',
      endReason: 'keep-alive timeout',
    });
  });

  it('keeps a call that gets keepAlive in time', async () => {
    const { callId } = await h.establishedCall();
    const until = Date.now() + 600;
    while (Date.now() < until) {
      expect((await h.graph('POST', `/communications/calls/${callId}/keepAlive`)).status).toBe(200);
      await sleep(40);
    }
    expect((await h.graph('GET', `/communications/calls/${callId}`)).body.state).toBe('established');
    expect(h.bot.received.filter(isCallState(callId, 'terminated'))).toEqual([]);
  });

  it('answers keepAlive on an ended call with 404', async () => {
    const { callId } = await h.establishedCall();
    await h.bot.waitFor(isCallState(callId, 'terminated'));
    const response = await h.graph('POST', `/communications/calls/${callId}/keepAlive`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('itemNotFound');
  });
});

describe('the notification acknowledgement deadline', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ speed: 20, settings: graphDeadlines });
  });
  afterEach(() => h.close());

  const incomingDelivery = async (legId: string) =>
    (
      await eventually(
        async () => (await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.notifications,
        (records: unknown[]) => records.length > 0,
      )
    )[0];

  it('counts a notification answered after 5 s as not delivered', async () => {
    // 5 s at speed 20 is 250 ms of real time.
    h.bot.delayMs = 400;
    const { legId } = await h.incomingCall();
    const record = await incomingDelivery(legId);
    expect(record).toMatchObject({ kind: 'incoming', delivered: false, error: expect.any(String) });
    expect(record).not.toHaveProperty('status');
  });

  it('counts a notification answered 500 as not delivered', async () => {
    h.bot.status = () => 500;
    const { legId } = await h.incomingCall();
    expect(await incomingDelivery(legId)).toMatchObject({ kind: 'incoming', status: 500, delivered: false });
  });

  it('counts a notification answered 202 in time as delivered', async () => {
    const { legId } = await h.incomingCall();
    expect(await incomingDelivery(legId)).toMatchObject({ kind: 'incoming', status: 202, delivered: true });
  });
});

describe('hang-ups', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ speed: 20 });
  });
  afterEach(() => h.close());

  it('tells the bot terminated when the caller hangs up while queued, cutting the hold music', async () => {
    const { callId, legId } = await h.establishedCall();
    const call = (await h.graph('GET', `/communications/calls/${callId}`)).body;
    const caller = (await h.graph('GET', `/communications/calls/${callId}/participants`)).body.value.find(
      (p: { id: string }) => p.id !== call.myParticipantId,
    );
    await h.graph('POST', `/communications/calls/${callId}/participants/${caller.id}/startHoldMusic`, {});
    await eventually(
      async () => (await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.heard,
      (heard) => heard.length > 0,
    );
    expect((await h.control('POST', `/_sim/pstn/calls/${legId}/hangup`, {})).body).toMatchObject({
      state: 'ended',
    });
    const terminated = await h.bot.waitFor(isCallState(callId, 'terminated'));
    expect(entry(terminated)).toMatchObject({
      changeType: 'deleted',
      resourceData: { resultInfo: { code: 200, subcode: 540000 } },
    });
    expect((await h.graph('GET', `/communications/calls/${callId}`)).status).toBe(404);
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.heard).toEqual([
      expect.objectContaining({ kind: 'holdMusic', cut: true }),
    ]);
  });

  it('ends the caller’s line when the bot deletes the call: terminating, then terminated', async () => {
    const { callId, legId } = await h.establishedCall();
    expect((await h.graph('DELETE', `/communications/calls/${callId}`)).status).toBe(204);
    await h.bot.waitFor(isCallState(callId, 'terminated'));
    const states = h.bot.received
      .filter((r) => entry(r)?.resourceUrl === `/communications/calls/${callId}`)
      .map((r) => entry(r));
    expect(states.slice(-2)).toEqual([
      expect.objectContaining({
        changeType: 'updated',
        resourceData: expect.objectContaining({ state: 'terminating' }),
      }),
      expect.objectContaining({
        changeType: 'deleted',
        resourceData: expect.objectContaining({ state: 'terminated' }),
      }),
    ]);
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body).toMatchObject({
      state: 'ended',
      endReason: 'ended by the bot',
    });
  });
});
