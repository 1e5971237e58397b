import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  generateKeyPair,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import { type Simulator, startSimulator } from '../../../simulator/server';
import {
  agentId,
  appId,
  type CallingBot,
  callerNumber,
  contactCenterNumber,
  control,
  eventually,
  instanceId,
  otherAppId,
  otherAppNumber,
  otherInstanceId,
  post,
  startCallingBot,
  tenantId,
} from './calling-bot';

/** A notification of an incoming call, well-formed, as a forger would send it. */
const incomingBody = (callId: string) => ({
  '@odata.type': '#microsoft.graph.commsNotifications',
  value: [
    {
      '@odata.type': '#microsoft.graph.commsNotification',
      changeType: 'created',
      resourceUrl: `/communications/calls/${callId}`,
      resourceData: {
        '@odata.type': '#microsoft.graph.call',
        state: 'incoming',
        source: { identity: { phone: { id: callerNumber } } },
        targets: [{ identity: { applicationInstance: { id: instanceId } } }],
      },
    },
  ],
});

/** The simulator's record of one notification it sent (`GET /_sim/pstn/calls/{id}`). */
interface Delivery {
  changeType: string;
  status?: number;
  delivered: boolean;
  error?: string;
}

describe('the calling webhook, with the simulator as the signer', () => {
  let simulator: Simulator;
  /** The app's callback: Graph's notifications for the app's calls come here. */
  let bot: CallingBot;
  /** The same webhook on a URL no app calls back, so whatever it dispatches came from the test's own POSTs. */
  let quiet: CallingBot;

  /** A caller dials `number`; resolves with the simulator's leg and the bot's call id. */
  const dial = async (number = contactCenterNumber) => {
    const leg = await control<{ id: string; callIds: string[] }>(simulator.url, 'POST', '/_sim/pstn/calls', {
      from: callerNumber,
      to: number,
    });
    return { legId: leg.id, callId: leg.callIds[0]! };
  };
  /** The simulator's record of its notifications for a leg, once `count` have been answered (or failed). */
  const deliveries = (legId: string, count = 1) =>
    eventually(
      async () =>
        (await control<{ notifications: Delivery[] }>(simulator.url, 'GET', `/_sim/pstn/calls/${legId}`))
          .notifications,
      (records) => records.filter((r) => r.status !== undefined || r.error).length >= count,
    );
  /** A genuine token of the calling signer for this app and tenant, taken from a real notification. */
  const realToken = async () => {
    const signed = bot.authorizations.find((a) => a?.startsWith('Bearer '));
    if (signed) return signed;
    await dial();
    return eventually(
      () => bot.authorizations.find((a) => a?.startsWith('Bearer ')),
      (a) => a !== undefined,
    ) as Promise<string>;
  };
  /** The facts dispatched by `target` for one call (calls of earlier tests keep notifying as they end). */
  const dispatchedFor = (target: CallingBot, callId: string) =>
    target.dispatched
      .map((facts) => facts.filter((f) => f.callId === callId))
      .filter((facts) => facts.length > 0);
  const nothingDispatched = async (target = quiet) => {
    await target.webhook.idle();
    expect(target.dispatched).toEqual([]);
  };

  beforeAll(async () => {
    simulator = await startSimulator({ speed: 20 });
    bot = await startCallingBot(simulator.callingOpenIdUrl);
    quiet = await startCallingBot(simulator.callingOpenIdUrl);
    await control(simulator.url, 'POST', '/_sim/tenants', { tenantId, displayName: 'Contoso' });
    await control(simulator.url, 'POST', '/_sim/apps', { appId, appSecret: 'secret', callbackUri: bot.url });
    await control(simulator.url, 'POST', '/_sim/resourceAccounts', {
      id: instanceId,
      tenantId,
      appId,
      phoneNumber: contactCenterNumber,
      displayName: 'Contoso Support',
    });
    await control(simulator.url, 'POST', '/_sim/users', {
      id: agentId,
      tenantId,
      displayName: 'Alice Agent',
      userPrincipalName: 'alice@contoso.com',
    });
  });
  afterAll(async () => {
    await bot?.close();
    await quiet?.close();
    await simulator?.close();
  });
  beforeEach(async () => {
    for (const target of [bot, quiet]) {
      await target.webhook.idle();
      target.dispatched.length = 0;
      target.dispatchDelayMs = 0;
    }
    await control(simulator.url, 'DELETE', '/_sim/faults');
  });

  it('hands a dialled call to dispatch as an incoming fact for the tenant of the token', async () => {
    const { legId, callId } = await dial();
    const [facts] = await eventually(
      () => dispatchedFor(bot, callId),
      (d) => d.length > 0,
    );
    expect(facts).toEqual([
      {
        kind: 'incoming',
        tenantId,
        callId,
        caller: callerNumber,
        applicationInstanceId: instanceId,
        callChainId: expect.any(String),
        at: expect.any(Number),
      },
    ]);
    const [delivery] = await deliveries(legId);
    expect(delivery).toMatchObject({ changeType: 'created', status: 202, delivered: true });
  });

  it('answers the legacy first notification 204, dispatching only the Graph form that follows', async () => {
    await control(simulator.url, 'POST', '/_sim/faults', { fault: 'legacy', on: 'incoming', times: 1 });
    const { legId, callId } = await dial();
    const records = await deliveries(legId, 2);
    expect(records.slice(0, 2)).toMatchObject([
      { changeType: 'legacy', status: 204 },
      { changeType: 'created', status: 202 },
    ]);
    await bot.webhook.idle();
    const incoming = dispatchedFor(bot, callId)
      .flat()
      .filter((f) => f.kind === 'incoming');
    expect(incoming).toEqual([expect.objectContaining({ kind: 'incoming', callId })]);
  });

  it('acknowledges with 202 well before a slow dispatch finishes', async () => {
    bot.dispatchDelayMs = 2000;
    quiet.dispatchDelayMs = 2000;
    // The simulator gives a bot 5 s to answer, 250 ms at speed 20: waiting for a 2 s dispatch would miss it.
    const { legId } = await dial();
    const [delivery] = await deliveries(legId);
    expect(delivery).toMatchObject({ changeType: 'created', status: 202, delivered: true });

    const response = await post(quiet.url, incomingBody('slow-call'), await realToken());
    expect(response.status).toBe(202);
    expect(response.ms).toBeLessThan(500);
    expect(quiet.finished.flat()).not.toContainEqual(expect.objectContaining({ callId: 'slow-call' }));
    await quiet.webhook.idle();
    expect(quiet.finished.flat()).toContainEqual(
      expect.objectContaining({ kind: 'incoming', callId: 'slow-call' }),
    );
  });

  it('refuses a notification without an Authorization header with 401, dispatching nothing', async () => {
    const response = await post(quiet.url, incomingBody('no-header'));
    expect(response).toMatchObject({
      status: 401,
      body: { error: { message: expect.stringMatching(/missingToken/) } },
    });
    await nothingDispatched();
  });

  describe('refuses a token forged with another key, whatever it claims', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const claims = (overrides: JWTPayload = {}): JWTPayload => ({
      iss: 'https://api.botframework.com',
      aud: appId,
      tid: tenantId,
      iat: now(),
      nbf: now(),
      exp: now() + 300,
      ...overrides,
    });
    /** Signed by a fresh key, under the calling signer's own kid so the signature itself is what fails. */
    const forge = async (payload: JWTPayload, kid?: string) => {
      const { privateKey } = await generateKeyPair('RS256');
      const header = decodeProtectedHeader((await realToken()).slice('Bearer '.length));
      return `Bearer ${await new SignJWT(payload).setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid: kid ?? header.kid }).sign(privateKey)}`;
    };

    it.each([
      ['valid claims', claims()],
      ['an expired lifetime', claims({ iat: now() - 3600, nbf: now() - 3600, exp: now() - 1800 })],
      ['another audience', claims({ aud: otherAppId })],
      ['another issuer', claims({ iss: 'https://evil.example' })],
      ['no tid', claims({ tid: undefined })],
    ])('%s: 403 for its signature, nothing dispatched', async (_, payload) => {
      const response = await post(quiet.url, incomingBody('forged'), await forge(payload));
      expect(response).toMatchObject({
        status: 403,
        body: { error: { message: 'calling notification refused: badSignature' } },
      });
      await nothingDispatched();
    });

    it('naming a key the calling signer does not publish: 403, nothing dispatched', async () => {
      const response = await post(quiet.url, incomingBody('forged'), await forge(claims(), 'forger-key-1'));
      expect(response).toMatchObject({
        status: 403,
        body: { error: { message: 'calling notification refused: unknownKey' } },
      });
      await nothingDispatched();
    });
  });

  it("refuses a token signed by the simulator's Entra key for this app id, dispatching nothing", async () => {
    const { access_token: token } = await control<{ access_token: string }>(
      simulator.url,
      'POST',
      `/_sim/users/${agentId}/token`,
      {
        audience: appId,
      },
    );
    // It is a genuine Entra token for this app and tenant: only the signer is wrong.
    const entraKeys = createRemoteJWKSet(
      new URL(`${simulator.authorityHost}/${tenantId}/discovery/v2.0/keys`),
    );
    await expect(jwtVerify(token, entraKeys, { audience: appId })).resolves.toMatchObject({
      payload: { tid: tenantId },
    });
    const response = await post(quiet.url, incomingBody('entra'), `Bearer ${token}`);
    expect(response).toMatchObject({
      status: 403,
      body: { error: { message: 'calling notification refused: unknownKey' } },
    });
    await nothingDispatched();
  });

  it("refuses a genuine token once it has expired on the webhook's clock, dispatching nothing", async () => {
    const token = await realToken();
    const late = await startCallingBot(simulator.callingOpenIdUrl, { clockShiftMs: 20 * 60_000 });
    try {
      const response = await post(late.url, incomingBody('late'), token);
      expect(response).toMatchObject({
        status: 403,
        body: { error: { message: 'calling notification refused: expired' } },
      });
      await late.webhook.idle();
      expect(late.dispatched).toEqual([]);
    } finally {
      await late.close();
    }
  });

  it("refuses Graph's notifications for another app (its audience) with 403, dispatching nothing", async () => {
    await control(simulator.url, 'POST', '/_sim/apps', {
      appId: otherAppId,
      appSecret: 'secret',
      callbackUri: quiet.url,
    });
    await control(simulator.url, 'POST', '/_sim/resourceAccounts', {
      id: otherInstanceId,
      tenantId,
      appId: otherAppId,
      phoneNumber: otherAppNumber,
      displayName: 'Another bot',
    });
    const { legId } = await dial(otherAppNumber);
    const [delivery] = await deliveries(legId);
    expect(delivery).toMatchObject({ changeType: 'created', status: 403, delivered: false });
    await nothingDispatched();
  });

  it('answers a body that is not JSON 400 with a genuine token, and 401 without one', async () => {
    const token = await realToken();
    expect(await post(quiet.url, '{"value": [', token)).toMatchObject({
      status: 400,
      body: { error: { code: 'invalidNotification', message: expect.stringMatching(/not valid JSON/) } },
    });
    expect(await post(quiet.url, '{"value": [')).toMatchObject({ status: 401 });
    await nothingDispatched();
  });

  it('answers a body over the size limit 413', async () => {
    const small = await startCallingBot(simulator.callingOpenIdUrl, { limit: '1kb' });
    try {
      const big = { ...incomingBody('big'), padding: 'x'.repeat(4096) };
      expect(await post(small.url, big, await realToken())).toMatchObject({ status: 413 });
      await small.webhook.idle();
      expect(small.dispatched).toEqual([]);
    } finally {
      await small.close();
    }
  });
});
