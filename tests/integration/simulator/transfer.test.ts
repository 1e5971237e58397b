import {
  alice,
  bob,
  callerNumber,
  entry,
  eventually,
  type Harness,
  isCallState,
  mallory,
  startHarness,
} from './harness';

const toUser = (id: string) => ({
  transferTarget: { endpointType: 'default', identity: { user: { id, displayName: 'Agent' } } },
});

describe('transfer to a Teams user', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ speed: 20, settings: { ringMs: 4000 } });
  });
  afterEach(() => h.close());

  const userState = async (id: string) => (await h.control('GET', `/_sim/users/${id}`)).body;

  it('rings the agent; when answered the caller talks to them and the bot call ends 0/7015', async () => {
    const { callId, legId } = await h.establishedCall();
    expect((await h.graph('POST', `/communications/calls/${callId}/transfer`, toUser(alice))).status).toBe(
      202,
    );
    await h.bot.waitFor(isCallState(callId, 'transferring'));
    const ringing = await eventually(
      () => userState(alice),
      (u) => u.ringing.length === 1,
    );
    expect(ringing.ringing[0]).toMatchObject({ from: callerNumber, kind: 'transfer', callId });
    expect((await h.control('POST', `/_sim/users/${alice}/answer`, {})).status).toBe(200);
    await h.bot.waitFor(isCallState(callId, 'transferAccepted'));
    const done = await h.bot.waitFor(isCallState(callId, 'terminated'));
    expect(entry(done)).toMatchObject({
      changeType: 'deleted',
      resourceData: { resultInfo: { code: 0, subcode: 7015 } },
    });
    const leg = (await h.control('GET', `/_sim/pstn/calls/${legId}`)).body;
    expect(leg).toMatchObject({ state: 'connected', connectedTo: { kind: 'user', userId: alice } });
    const inCall = await userState(alice);
    expect(inCall.presence).toEqual({ availability: 'Busy', activity: 'InACall' });
    expect(inCall.inCall).toMatchObject({ with: 'phone', pstnCallId: legId });
    const presence = await h.graph('GET', `/users/${alice}/presence`);
    expect(presence.body).toMatchObject({ availability: 'Busy', activity: 'InACall' });
    await h.control('POST', `/_sim/users/${alice}/hangup`, {});
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.state).toBe('ended');
    expect((await userState(alice)).presence).toEqual({ availability: 'Available', activity: 'Available' });
  });

  it.each([
    ['declines', async (h: Harness) => h.control('POST', `/_sim/users/${alice}/decline`, {})],
    ['does not answer', async () => undefined],
  ])('returns the call to established with 500/7000 when the agent %s', async (_name, act) => {
    const { callId, legId } = await h.establishedCall();
    await h.graph('POST', `/communications/calls/${callId}/transfer`, toUser(alice));
    await eventually(
      () => userState(alice),
      (u) => u.ringing.length === 1,
    );
    await act(h);
    const failed = await h.bot.waitFor(
      (r) => isCallState(callId, 'established')(r) && entry(r).resourceData.resultInfo !== undefined,
      6000,
    );
    expect(entry(failed).resourceData.resultInfo).toMatchObject({ code: 500, subCode: 7000 });
    expect((await userState(alice)).ringing).toHaveLength(0);
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.connectedTo).toMatchObject({
      kind: 'bot',
      callId,
    });
    expect((await h.graph('GET', `/communications/calls/${callId}`)).body.state).toBe('established');
  });

  it('refuses a user of another tenant with 7505', async () => {
    const { callId } = await h.establishedCall();
    const response = await h.graph('POST', `/communications/calls/${callId}/transfer`, toUser(mallory));
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('7505');
  });

  it('fails once someone was invited into the 1:1 call (it became a group call)', async () => {
    const { callId } = await h.establishedCall();
    const invite = await h.graph('POST', `/communications/calls/${callId}/participants/invite`, {
      participants: [
        { '@odata.type': '#microsoft.graph.invitationParticipantInfo', identity: { user: { id: bob } } },
      ],
      clientContext: 'consult',
    });
    expect(invite.status).toBe(200);
    await eventually(
      () => userState(bob),
      (u) => u.ringing.length === 1,
    );
    await h.control('POST', `/_sim/users/${bob}/answer`, {});
    await h.bot.waitFor(
      (r) => entry(r)?.resourceData?.['@odata.type'] === '#microsoft.graph.inviteParticipantsOperation',
    );
    expect((await h.graph('POST', `/communications/calls/${callId}/transfer`, toUser(alice))).status).toBe(
      400,
    );
    const withTransferee = await h.graph('POST', `/communications/calls/${callId}/transfer`, {
      ...toUser(alice),
      transferee: { identity: { user: { id: bob } }, participantId: 'p' },
    });
    expect(withTransferee.status).toBe(202);
    const failed = await h.bot.waitFor(
      (r) => isCallState(callId, 'established')(r) && entry(r).resourceData.resultInfo,
    );
    expect(entry(failed).resourceData.resultInfo).toMatchObject({ code: 500 });
  });

  it('replaces the consultation call in a consultative transfer', async () => {
    const { callId, legId } = await h.establishedCall();
    const consult = await h.graph('POST', '/communications/calls', {
      '@odata.type': '#microsoft.graph.call',
      callbackUri: h.bot.url,
      targets: [
        { '@odata.type': '#microsoft.graph.invitationParticipantInfo', identity: { user: { id: alice } } },
      ],
      requestedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
      tenantId: (await h.graph('GET', `/communications/calls/${callId}`)).body.tenantId,
    });
    expect(consult.status).toBe(201);
    await eventually(
      () => userState(alice),
      (u) => u.ringing.length === 1,
    );
    await h.control('POST', `/_sim/users/${alice}/answer`, {});
    await h.bot.waitFor(isCallState(consult.body.id, 'established'));
    const transfer = await h.graph('POST', `/communications/calls/${callId}/transfer`, {
      transferTarget: {
        '@odata.type': '#microsoft.graph.invitationParticipantInfo',
        endpointType: 'default',
        identity: {
          '@odata.type': '#microsoft.graph.identitySet',
          user: { '@odata.type': '#microsoft.graph.identity', id: alice },
        },
        replacesCallId: consult.body.id,
      },
    });
    expect(transfer.status).toBe(202);
    const done = await h.bot.waitFor(isCallState(callId, 'terminated'));
    expect(entry(done).resourceData.terminationReason).toBe('AppTransferred');
    await h.bot.waitFor(isCallState(consult.body.id, 'terminated'));
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body.connectedTo).toMatchObject({
      kind: 'user',
      userId: alice,
    });
    expect((await userState(alice)).ringing).toHaveLength(0);
  });
});
