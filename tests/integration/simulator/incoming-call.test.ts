import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import {
  appId,
  callerNumber,
  contactCenterNumber,
  entry,
  graphDeadlines,
  type Harness,
  instanceId,
  isCallState,
  startHarness,
  tenantId,
} from './harness';

const examples = join(__dirname, '../../../../shared/reference/graph-examples');
const example = (name: string) => JSON.parse(readFileSync(join(examples, name), 'utf8'));

/** Every key path in a JSON value, e.g. `value[0].resourceData.state`, for shape comparisons. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? keyPaths(value[0], `${prefix}[0]`) : [prefix];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [`${prefix}.${k}`, ...keyPaths(v, `${prefix}.${k}`)]);
  }
  return [];
}

describe('an incoming PSTN call', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ speed: 20, settings: graphDeadlines });
  });
  afterEach(() => h.close());

  it("is notified in Graph's shape, signed for the bot's app id and tenant", async () => {
    const { callId, notification } = await h.incomingCall();
    expect(notification.verifyError).toBeUndefined();
    expect(notification.claims).toMatchObject({
      iss: 'https://api.botframework.com',
      aud: appId,
      tid: tenantId,
    });
    expect(Number(notification.claims!.exp) - Number(notification.claims!.iat)).toBeLessThanOrEqual(3600);
    const data = entry(notification).resourceData;
    expect(notification.body['@odata.type']).toBe('#microsoft.graph.commsNotifications');
    expect(entry(notification)).toMatchObject({
      changeType: 'created',
      resourceUrl: `/communications/calls/${callId}`,
    });
    expect(data).toMatchObject({
      '@odata.type': '#microsoft.graph.call',
      state: 'incoming',
      direction: 'incoming',
      tenantId,
      source: { identity: { phone: { id: callerNumber } } },
      targets: [{ identity: { applicationInstance: { id: instanceId, tenantId } } }],
    });
    expect(data.myParticipantId).toEqual(expect.any(String));
    expect(data.callChainId).toEqual(expect.any(String));
    expect(notification.headers['x-microsoft-skype-chain-id']).toBe(data.callChainId);
    // Every key of Microsoft's documented incoming call to an application instance is there, except the
    // example's Teams-user source: this caller is on a phone.
    const sent = new Set(keyPaths(notification.body));
    const documented = keyPaths(example('incoming-call-pstn-to-appinstance.json')).filter(
      (p) => !p.includes('.source.identity.user'),
    );
    expect(documented.filter((p) => !sent.has(p))).toEqual([]);
  });

  it('has a token that fails verification with another audience or against Entra keys', async () => {
    const { notification } = await h.incomingCall();
    const token = String(notification.headers.authorization).replace('Bearer ', '');
    const metadata = (await (await fetch(h.simulator.callingOpenIdUrl)).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    expect(metadata.issuer).toBe('https://api.botframework.com');
    const jwks = createRemoteJWKSet(new URL(metadata.jwks_uri));
    await expect(jwtVerify(token, jwks, { audience: 'some-other-bot' })).rejects.toThrow(/aud/);
    const entra = (await (
      await fetch(`${h.simulator.authorityHost}/${tenantId}/v2.0/.well-known/openid-configuration`)
    ).json()) as { jwks_uri: string };
    await expect(jwtVerify(token, createRemoteJWKSet(new URL(entra.jwks_uri)))).rejects.toThrow();
  });

  it('is established after answer: establishing, then established with audio active, then the roster', async () => {
    const { callId } = await h.incomingCall();
    const answer = {
      callbackUri: h.bot.url,
      acceptedModalities: ['audio'],
      mediaConfig: {
        '@odata.type': '#microsoft.graph.serviceHostedMediaConfig',
        preFetchMedia: [],
      },
    };
    expect((await h.graph('POST', `/communications/calls/${callId}/answer`, answer)).status).toBe(202);
    const established = await h.bot.waitFor(isCallState(callId, 'established'));
    expect(entry(established).resourceData.mediaState).toMatchObject({ audio: 'active' });
    const states = h.bot.received.map((r) => entry(r).resourceData.state).filter(Boolean);
    expect(states).toEqual(['incoming', 'establishing', 'established']);
    const roster = await h.bot.waitFor(
      (r) => entry(r).resourceUrl === `/communications/calls/${callId}/participants`,
    );
    expect(entry(roster).resourceData).toHaveLength(2);
    const leg = await h.control(
      'GET',
      `/_sim/pstn/calls/${(await h.control('GET', '/_sim/pstn/calls')).body.value[0].id}`,
    );
    expect(leg.body).toMatchObject({
      state: 'connected',
      from: callerNumber,
      to: contactCenterNumber,
      connectedTo: { kind: 'bot', callId },
    });
  });

  it('is dropped when not answered within 15 s: the caller hears nothing more, the bot gets terminated', async () => {
    const { legId, callId } = await h.incomingCall();
    const started = Date.now();
    const terminated = await h.bot.waitFor(isCallState(callId, 'terminated'));
    // 15 s at speed 20 is 750 ms of real time.
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(entry(terminated)).toMatchObject({
      changeType: 'deleted',
      resourceData: { resultInfo: { code: 408, subcode: 8544 } },
    });
    const leg = await h.control('GET', `/_sim/pstn/calls/${legId}`);
    expect(leg.body).toMatchObject({ state: 'ended', endReason: 'not answered' });
    const late = await h.graph('POST', `/communications/calls/${callId}/answer`, {
      callbackUri: h.bot.url,
      acceptedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
    });
    expect(late.status).toBe(404);
    expect(late.body.error).toMatchObject({ code: 'itemNotFound' });
  });

  it('is refused to a number nobody holds', async () => {
    const dialled = await h.control('POST', '/_sim/pstn/calls', { from: callerNumber, to: '+14255559999' });
    expect(dialled.body).toMatchObject({ state: 'ended', endReason: 'number not in service' });
    expect(h.bot.received).toHaveLength(0);
  });
});
