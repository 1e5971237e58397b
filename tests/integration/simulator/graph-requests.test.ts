import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as docExamples from '../../fixtures/graph-doc-examples';
import {
  appId,
  appSecret,
  appToken,
  bob,
  callerNumber,
  entry,
  eventually,
  type Harness,
  isCallState,
  otherTenantId,
  startHarness,
  tenantId,
} from './harness';
import { startPromptServer } from './prompt-server';

const examples = join(__dirname, '../../../../shared/reference/graph-examples');
const example = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8'));

// Request bodies copied verbatim from Microsoft's docs (the shared fixture), and two shaped for this test.
const playPromptExample = {
  prompts: [{ '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: '...', resourceId: '...' } }],
  clientContext: '...',
};
/** Graph-calling.md names redirect's parameters only; the target is call-redirect.md's, with a timeout. */
const redirectExample = {
  targets: [
    {
      '@odata.type': '#microsoft.graph.invitationParticipantInfo',
      identity: {
        '@odata.type': '#microsoft.graph.identitySet',
        user: {
          '@odata.type': '#microsoft.graph.identity',
          displayName: 'test user',
          id: '98da8a1a-1b87-452c-a713-65d3f10b1253',
        },
      },
    },
  ],
  timeout: 30,
  callbackUri: 'https://bot.contoso.com/api/calls/24701998-1a73-4d42-8085-bf46ed0ae039',
};
const docTenantId = docExamples.createPstnCall.tenantId;

const serviceHostedAnswer = (callbackUri: string) => ({
  callbackUri,
  acceptedModalities: ['audio'],
  mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
});

/** Graph's error body, with the message matching `message`. */
const graphErrorBody = (code: string, message: RegExp = /./) => ({
  error: {
    code,
    message: expect.stringMatching(message),
    innerError: expect.objectContaining({ date: expect.any(String), 'request-id': expect.any(String) }),
  },
});

describe('Graph request bodies and refusals', () => {
  let h: Harness;
  let prompts: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    prompts = await startPromptServer();
  });
  afterAll(() => prompts.close());
  beforeEach(async () => {
    h = await startHarness({ speed: 20 });
    // The users the docs' examples name, so their bodies run unchanged.
    for (const [id, displayName, upn] of [
      ['550fae72-d251-43ec-868c-373732c2704f', 'Heidi Steen', 'heidi@contoso.com'],
      ['98da8a1a-1b87-452c-a713-65d3f10b1253', 'test user', 'testuser@contoso.com'],
    ]) {
      await h.control('POST', '/_sim/users', { id, tenantId, displayName, userPrincipalName: upn });
    }
  });
  afterEach(() => h.close());

  /** The docs' hosts replaced by this test's bot and prompt server; nothing else changes. */
  const local = <T>(body: T): T =>
    JSON.parse(
      JSON.stringify(body)
        .replace(/https:\/\/bot\.contoso\.com\/[^"]*/g, h.bot.url)
        .replaceAll('https://cdn.contoso.com', prompts.url),
    );
  const callIn = async (state: 'incoming' | 'established') =>
    state === 'incoming' ? (await h.incomingCall()).callId : (await h.establishedCall()).callId;
  const stateOf = async (callId: string) =>
    (await h.graph('GET', `/communications/calls/${callId}`)).body.state;

  it.each([
    ['answer with preFetchMedia', 'incoming', 'answer', docExamples.answer, 202],
    ['playPrompt', 'established', 'playPrompt', playPromptExample, 200],
    ['a blind transfer to a user', 'established', 'transfer', docExamples.transferBlind, 202],
    ['a consultative transfer', 'established', 'transfer', docExamples.transferConsultative, 202],
    ['reject as busy', 'incoming', 'reject', docExamples.rejectBusy, 202],
    ['redirect to a user with a timeout', 'incoming', 'redirect', redirectExample, 202],
  ] as const)('accepts the docs’ example of %s', async (_name, state, action, body, status) => {
    const callId = await callIn(state);
    const response = await h.graph('POST', `/communications/calls/${callId}/${action}`, local(body));
    expect({ status: response.status, error: response.body?.error }).toEqual({ status, error: undefined });
  });

  it('establishes the call answered with the docs’ example and pre-fetches its prompts', async () => {
    const { callId } = await h.incomingCall();
    await h.graph('POST', `/communications/calls/${callId}/answer`, local(docExamples.answer));
    await h.bot.waitFor(isCallState(callId, 'established'));
    await eventually(
      async () =>
        [`${prompts.url}/beep.wav`, `${prompts.url}/cool.wav`].map((uri) =>
          h.simulator.sim.prompts.fetchCount(uri),
        ),
      (counts) => counts.every((n) => n === 1),
    );
  });

  it('fails the docs’ consultative transfer as Graph does when the replaced call is not the bot’s', async () => {
    const { callId } = await h.establishedCall();
    await h.graph('POST', `/communications/calls/${callId}/transfer`, docExamples.transferConsultative);
    const failed = await h.bot.waitFor(
      (r) => isCallState(callId, 'established')(r) && entry(r).resourceData.resultInfo,
    );
    expect(entry(failed).resourceData).toMatchObject({
      resultInfo: { code: 500, subCode: 7700 },
      replacesContext: 'e5d39592-99bd-4db8-bca8-30fb894ec51d',
    });
  });

  const answer = serviceHostedAnswer('https://bot.contoso.com/api/calls');
  const { callbackUri: _omitted, ...answerWithoutCallback } = answer;
  const prompt = {
    '@odata.type': '#microsoft.graph.mediaPrompt',
    mediaInfo: { uri: 'https://cdn.contoso.com/beep.wav' },
  };
  it.each([
    ['an answer without callbackUri', 'incoming', 'answer', answerWithoutCallback, /callbackUri/],
    [
      'an answer whose mediaConfig has no @odata.type',
      'incoming',
      'answer',
      { ...answer, mediaConfig: { preFetchMedia: [] } },
      /mediaConfig/,
    ],
    [
      'an answer with an unknown modality',
      'incoming',
      'answer',
      { ...answer, acceptedModalities: ['hologram'] },
      /hologram/,
    ],
    ['a reject with reason "maybe"', 'incoming', 'reject', { reason: 'maybe' }, /maybe/],
    ['a redirect with a 5 s timeout', 'incoming', 'redirect', { ...redirectExample, timeout: 5 }, /timeout/],
    [
      'a redirect with a 91 s timeout',
      'incoming',
      'redirect',
      { ...redirectExample, timeout: 91 },
      /timeout/,
    ],
    ['a playPrompt with 21 prompts', 'established', 'playPrompt', { prompts: Array(21).fill(prompt) }, /20/],
  ] as const)(
    'refuses %s with 400 and Graph’s error body, leaving the call as it was',
    async (_name, state, action, body, message) => {
      const callId = await callIn(state);
      const response = await h.graph('POST', `/communications/calls/${callId}/${action}`, local(body));
      expect(response.status).toBe(400);
      expect(response.body).toEqual(graphErrorBody('BadRequest', message));
      expect(await stateOf(callId)).toBe(state);
    },
  );

  it('refuses a body that is not JSON with 400 and Graph’s error body', async () => {
    const { callId } = await h.incomingCall();
    const response = await fetch(`${h.simulator.graphBaseUrl}/communications/calls/${callId}/reject`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.token}`, 'content-type': 'application/json' },
      body: '{"reason": "busy"',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(graphErrorBody('BadRequest', /JSON/));
    expect(await stateOf(callId)).toBe('incoming');
  });

  it('refuses a request without a token with 401 InvalidAuthenticationToken', async () => {
    const { callId } = await h.incomingCall();
    const response = await fetch(`${h.simulator.graphBaseUrl}/communications/calls/${callId}/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(serviceHostedAnswer(h.bot.url)),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(graphErrorBody('InvalidAuthenticationToken'));
    expect(await stateOf(callId)).toBe('incoming');
  });

  it('refuses an app of another tenant acting on this tenant’s call with 403 7505', async () => {
    const intruder = { appId: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', appSecret: 'other-secret' };
    await h.control('POST', '/_sim/apps', { ...intruder, tenantId: otherTenantId, callbackUri: h.bot.url });
    const foreignToken = await appToken(h.simulator, otherTenantId, intruder.appId, intruder.appSecret);
    const { callId } = await h.incomingCall();
    const response = await h.graph(
      'POST',
      `/communications/calls/${callId}/answer`,
      serviceHostedAnswer(h.bot.url),
      foreignToken,
    );
    expect(response.status).toBe(403);
    expect(response.body).toEqual(graphErrorBody('7505', /tenant mismatch/));
    expect(await stateOf(callId)).toBe('incoming');
  });

  it('answers 404 itemNotFound for a call id it does not know', async () => {
    const response = await h.graph(
      'POST',
      '/communications/calls/0f0f0f0f-0000-4000-8000-000000000000/answer',
      serviceHostedAnswer(h.bot.url),
    );
    expect(response.status).toBe(404);
    expect(response.body).toEqual(graphErrorBody('itemNotFound'));
  });

  describe('creating a call', () => {
    let docToken: string;
    beforeEach(async () => {
      // The tenant and application instance of the docs' Example 7, so its body runs unchanged.
      await h.control('POST', '/_sim/tenants', { tenantId: docTenantId, displayName: 'Contoso (docs)' });
      await h.control('POST', '/_sim/resourceAccounts', {
        id: '3d913abb-aec0-4964-8fa6-3c6850c4f278',
        tenantId: docTenantId,
        appId,
        phoneNumber: '+14255550199',
        displayName: 'Calling Bot',
      });
      docToken = await appToken(h.simulator, docTenantId, appId, appSecret);
    });

    const phoneLines = async (): Promise<{ id: string }[]> =>
      (await h.control('GET', '/_sim/pstn/calls')).body.value;

    it('refuses a call without tenantId with 403 7505', async () => {
      const { tenantId: _omitted, ...withoutTenant } = local(docExamples.createPstnCall);
      const response = await h.graph('POST', '/communications/calls', withoutTenant, docToken);
      expect(response.status).toBe(403);
      expect(response.body).toEqual(graphErrorBody('7505'));
      expect(await phoneLines()).toEqual([]);
    });

    it('refuses a PSTN call without source.identity.applicationInstance with 403', async () => {
      const { source: _omitted, ...withoutSource } = local(docExamples.createPstnCall);
      const response = await h.graph('POST', '/communications/calls', withoutSource, docToken);
      expect(response.status).toBe(403);
      expect(response.body).toEqual(graphErrorBody('7505', /applicationInstance/));
      expect(await phoneLines()).toEqual([]);
    });

    it('rings the phone for the docs’ PSTN call; answered, the bot’s call is established and hears DTMF', async () => {
      const created = await h.graph(
        'POST',
        '/communications/calls',
        local(docExamples.createPstnCall),
        docToken,
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        '@odata.type': '#microsoft.graph.call',
        direction: 'outgoing',
        tenantId: docTenantId,
      });
      const callId = created.body.id as string;
      expect(created.headers.get('location')).toBe(`/communications/calls/${callId}`);
      const lines = await phoneLines();
      expect(lines).toHaveLength(1);
      const line = lines[0]!;
      expect(line).toMatchObject({
        direction: 'outbound',
        state: 'ringing',
        from: '+14255550199',
        to: '+12345678901',
      });

      expect((await h.control('POST', `/_sim/pstn/calls/${line.id}/answer`, {})).status).toBe(200);
      const established = await h.bot.waitFor(isCallState(callId, 'established'));
      expect(established.claims).toMatchObject({ aud: appId, tid: docTenantId });
      expect(
        (await h.graph('POST', `/communications/calls/${callId}/subscribeToTone`, {}, docToken)).status,
      ).toBe(200);
      await h.control('POST', `/_sim/pstn/calls/${line.id}/dtmf`, { tones: '7' });
      const tone = await h.bot.waitFor((r) => entry(r)?.resourceData?.toneInfo !== undefined);
      expect(entry(tone)).toMatchObject({
        resourceUrl: `/communications/calls/${callId}`,
        resourceData: { state: 'established', toneInfo: { sequenceId: 1, tone: 'tone7' } },
      });
    });
  });

  it('ends the caller’s line after reject and tells the bot with a bare deleted notification', async () => {
    const { callId, legId } = await h.incomingCall();
    expect(
      (await h.graph('POST', `/communications/calls/${callId}/reject`, docExamples.rejectBusy)).status,
    ).toBe(202);
    const deleted = await h.bot.waitFor((r) => entry(r)?.changeType === 'deleted');
    const documented = entry({ body: example('call-deleted-after-reject.json'), headers: {} });
    expect(entry(deleted)).toMatchObject({
      ...documented,
      resourceUrl: `/communications/calls/${callId}`,
      resourceData: { ...documented.resourceData, '@odata.id': `/communications/calls/${callId}` },
    });
    expect(entry(deleted).resourceData).not.toHaveProperty('state');
    expect(entry(deleted).resourceData).not.toHaveProperty('resultInfo');
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body).toMatchObject({
      state: 'ended',
      endReason: 'rejected',
    });
  });

  it('rings the user a call is redirected to and, when they answer, connects the caller and ends the bot’s call', async () => {
    const { callId, legId } = await h.incomingCall();
    const redirect = await h.graph('POST', `/communications/calls/${callId}/redirect`, {
      targets: [
        { '@odata.type': '#microsoft.graph.invitationParticipantInfo', identity: { user: { id: bob } } },
      ],
      timeout: 20,
      callbackUri: h.bot.url,
    });
    expect(redirect.status).toBe(202);
    const ringing = await eventually(
      async () => (await h.control('GET', `/_sim/users/${bob}`)).body,
      (user) => user.ringing.length === 1,
    );
    expect(ringing.ringing[0]).toMatchObject({ kind: 'redirect', from: callerNumber, callId });
    await h.control('POST', `/_sim/users/${bob}/answer`, {});
    const terminated = await h.bot.waitFor(isCallState(callId, 'terminated'));
    expect(entry(terminated)).toMatchObject({
      changeType: 'deleted',
      resourceData: { answeredBy: { identity: { user: { id: bob } } } },
    });
    expect((await h.control('GET', `/_sim/pstn/calls/${legId}`)).body).toMatchObject({
      state: 'connected',
      connectedTo: { kind: 'user', userId: bob },
    });
    expect((await h.control('GET', `/_sim/users/${bob}`)).body.inCall).toMatchObject({
      with: 'phone',
      pstnCallId: legId,
    });
  });
});
