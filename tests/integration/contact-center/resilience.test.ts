import { generateKeyPair, SignJWT } from 'jose';
import { backends } from './backends';
import { ann, bo, type CenterHarness, startCenter, tenantId } from './harness';

describe.each(backends())('resilience on %s', (_name, store) => {
  let h: CenterHarness;
  afterEach(() => h.close());

  /** Dial, choose sales, let Ann answer; resolves once the caller talks to her. */
  async function callReachesAnn() {
    const leg = await h.dial();
    await h.until(
      () => h.line(leg),
      (l) => l.heard.some((p: any) => p.uri.endsWith('/main-menu.wav')),
    );
    await h.press(leg, '1');
    await h.until(
      () => h.user(ann),
      (u) => u.ringing.length === 1,
    );
    await h.control('POST', `/_sim/users/${ann}/answer`, {});
    await h.until(
      () => h.line(leg),
      (l) => l.connectedTo?.kind === 'user',
    );
    return h.until(
      () => h.events(),
      (e) => e.some((x) => x.name === 'connected'),
    );
  }

  const once = (events: { name: string }[]) => {
    const names = events.map((e) => e.name).filter((n) => n !== 'agentState');
    return names.filter((n, i) => names.indexOf(n) !== i);
  };

  it('changes nothing twice when Graph duplicates every notification and swaps establishing/established', async () => {
    h = await startCenter({
      store,
      simulator: {
        faults: [
          { fault: 'duplicate', on: '*' },
          { fault: 'reorder', on: 'established' },
        ],
      },
    });
    await h.control('POST', `/_sim/users/${bo}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    const events = await callReachesAnn();
    expect(once(events)).toEqual([]);
    const duplicated = (await h.control('GET', '/_sim/faults')).body.value.find(
      (r: any) => r.fault === 'duplicate',
    );
    expect(duplicated.fired).toBeGreaterThan(5);
  });

  it('rides out Graph throttling (429 with Retry-After) and unavailability (503)', async () => {
    h = await startCenter({
      store,
      simulator: {
        faults: [
          { fault: 'throttle', on: 'playPrompt', times: 2, retryAfterSeconds: 1 },
          { fault: 'unavailable', on: 'transfer', times: 1 },
        ],
      },
    });
    await h.control('POST', `/_sim/users/${bo}/presence`, { availability: 'Busy', activity: 'InAMeeting' });
    await callReachesAnn();
    const requests = (await h.control('GET', '/_sim/requests')).body.value;
    expect(requests.filter((r: any) => r.status === 429)).toHaveLength(2);
    expect(requests.filter((r: any) => r.kind === 'transfer').map((r: any) => r.status)).toEqual([503, 202]);
  });

  it('refuses forged notifications and stores nothing', async () => {
    h = await startCenter({ store });
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ tid: tenantId })
      .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
      .setIssuer('https://api.botframework.com')
      .setAudience('any')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const body = {
      '@odata.type': '#microsoft.graph.commsNotifications',
      value: [
        {
          '@odata.type': '#microsoft.graph.commsNotification',
          changeType: 'created',
          resourceUrl: '/communications/calls/forged-call',
          resourceData: {
            '@odata.type': '#microsoft.graph.call',
            state: 'incoming',
            direction: 'incoming',
            source: { identity: { phone: { id: '+14255550666' } } },
            targets: [{ identity: { applicationInstance: { id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' } } }],
          },
        },
      ],
    };
    for (const authorization of [`Bearer ${forged}`, undefined]) {
      const response = await fetch(`${h.server.url}/api/calling`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(body),
      });
      expect([401, 403]).toContain(response.status);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.store.interactions.findByCallId(tenantId, 'forged-call')).toBeUndefined();
    expect(await h.events()).toEqual([]);
    expect(
      (await h.control('GET', '/_sim/requests')).body.value.filter(
        (r: any) => r.kind !== 'getPresencesByUserId',
      ),
    ).toEqual([]);
  });
});
