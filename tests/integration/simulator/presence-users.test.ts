import { createRemoteJWKSet, jwtVerify } from 'jose';
import {
  alice,
  appToken,
  bob,
  eventually,
  type Harness,
  isCallState,
  mallory,
  otherTenantId,
  startHarness,
  tenantId,
} from './harness';

const toUser = (id: string) => ({ transferTarget: { endpointType: 'default', identity: { user: { id } } } });
const available = { availability: 'Available', activity: 'Available' };

describe('presence', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ speed: 20 });
  });
  afterEach(() => h.close());

  const presenceOf = async (id: string) => {
    const { availability, activity } = (await h.graph('GET', `/users/${id}/presence`)).body;
    return { availability, activity };
  };
  /** A caller transferred to the user, who answers; resolves with the caller's line once they talk. */
  const inCallWithCaller = async (userId: string) => {
    const { callId, legId } = await h.establishedCall();
    await h.graph('POST', `/communications/calls/${callId}/transfer`, toUser(userId));
    await eventually(
      async () => (await h.control('GET', `/_sim/users/${userId}`)).body.ringing,
      (r) => r.length === 1,
    );
    await h.control('POST', `/_sim/users/${userId}/answer`, {});
    await h.bot.waitFor(isCallState(callId, 'terminated'));
    return legId;
  };

  it('follows the user’s calls: Available, Busy/InACall while in a transferred call, Available after hang-up', async () => {
    expect(await presenceOf(alice)).toEqual(available);
    await inCallWithCaller(alice);
    expect(await presenceOf(alice)).toEqual({ availability: 'Busy', activity: 'InACall' });
    expect(await presenceOf(bob)).toEqual(available);
    await h.control('POST', `/_sim/users/${alice}/hangup`, {});
    expect(await presenceOf(alice)).toEqual(available);
  });

  it('keeps a presence set through the control API: DoNotDisturb stays DoNotDisturb in a call', async () => {
    const dnd = { availability: 'DoNotDisturb', activity: 'DoNotDisturb' };
    expect((await h.control('POST', `/_sim/users/${alice}/presence`, dnd)).status).toBe(200);
    expect(await presenceOf(alice)).toEqual(dnd);
    await inCallWithCaller(alice);
    expect((await h.control('GET', `/_sim/users/${alice}`)).body.inCall).not.toBeNull();
    expect(await presenceOf(alice)).toEqual(dnd);
  });

  it('returns only the token’s tenant’s users from getPresencesByUserId', async () => {
    const response = await h.graph('POST', '/communications/getPresencesByUserId', {
      ids: [alice, bob, mallory],
    });
    expect(response.status).toBe(200);
    expect(response.body.value).toEqual([
      expect.objectContaining({ id: alice, ...available }),
      expect.objectContaining({ id: bob, ...available }),
    ]);
    expect((await h.graph('GET', `/users/${mallory}/presence`)).status).toBe(404);
  });

  it('refuses getPresencesByUserId with 651 ids with 400', async () => {
    const ids = Array.from(
      { length: 651 },
      (_, i) => `c0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const response = await h.graph('POST', '/communications/getPresencesByUserId', { ids });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'BadRequest', message: expect.stringMatching(/650/) });
  });
});

describe('the presence rate limit', () => {
  let h: Harness;
  beforeEach(async () => {
    // At speed 1 the 30 s window is 30 s of real time, longer than the test takes.
    h = await startHarness({ speed: 1 });
  });
  afterEach(() => h.close());

  it('answers the 1,501st presence request of an app in a tenant within 30 s with 429 and Retry-After, and only that app', async () => {
    const statuses: number[] = [];
    for (let batch = 0; batch < 15; batch++) {
      const responses = await Promise.all(
        Array.from({ length: 100 }, () =>
          h.graph('POST', '/communications/getPresencesByUserId', { ids: [alice] }),
        ),
      );
      statuses.push(...responses.map((r) => r.status));
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const refused = await h.graph('POST', '/communications/getPresencesByUserId', { ids: [alice] });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(refused.body.error).toMatchObject({ code: 'TooManyRequests', innerError: expect.any(Object) });
    expect((await h.graph('GET', `/users/${alice}/presence`)).status).toBe(429);
    const other = { appId: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', appSecret: 'other-secret' };
    await h.control('POST', '/_sim/apps', { ...other, tenantId, callbackUri: h.bot.url });
    const otherToken = await appToken(h.simulator, tenantId, other.appId, other.appSecret);
    expect((await h.graph('GET', `/users/${alice}/presence`, undefined, otherToken)).status).toBe(200);
  });
});

describe('users', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ speed: 20 });
    await h.control('POST', '/_sim/users', {
      id: 'c0000000-0000-4000-8000-0000000a1f4e',
      tenantId: otherTenantId,
      displayName: 'Alfred Other',
      userPrincipalName: 'alfred@fabrikam.com',
    });
  });
  afterEach(() => h.close());

  it('finds Alice, and only the token’s tenant’s users, by the start of the display name', async () => {
    const response = await h.graph(
      'GET',
      `/users?$filter=${encodeURIComponent("startswith(displayName,'Al')")}&$top=5`,
    );
    expect(response.status).toBe(200);
    expect(response.body.value).toEqual([
      expect.objectContaining({
        id: alice,
        displayName: 'Alice Agent',
        userPrincipalName: 'alice@contoso.com',
      }),
    ]);
  });

  it('refuses a filter it cannot run with 400', async () => {
    const response = await h.graph(
      'GET',
      `/users?$filter=${encodeURIComponent("displayName eq 'Alice Agent' or 1")}`,
    );
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: expect.any(String),
      message: expect.stringMatching(/filter/),
    });
  });

  it.each([
    ['id', alice],
    ['user principal name', 'alice@contoso.com'],
  ])('returns a user by %s', async (_name, key) => {
    const response = await h.graph('GET', `/users/${encodeURIComponent(key)}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: alice,
      displayName: 'Alice Agent',
      userPrincipalName: 'alice@contoso.com',
    });
  });

  it('answers 404 for a user of another tenant', async () => {
    const response = await h.graph('GET', `/users/${mallory}`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('issues a user token that verifies against the tenant’s v2.0 OpenID keys', async () => {
    const issued = await h.control('POST', `/_sim/users/${alice}/token`, { audience: 'api://switchboard' });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ token_type: 'Bearer', expires_in: expect.any(Number) });
    const authority = `${h.simulator.authorityHost}/${tenantId}/v2.0`;
    const metadata = (await (await fetch(`${authority}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    expect(metadata.issuer).toBe(authority);
    const { payload } = await jwtVerify(
      issued.body.access_token,
      createRemoteJWKSet(new URL(metadata.jwks_uri)),
      {
        issuer: authority,
        audience: 'api://switchboard',
      },
    );
    expect(payload).toMatchObject({ aud: 'api://switchboard', tid: tenantId, oid: alice, iss: authority });
    await expect(
      jwtVerify(issued.body.access_token, createRemoteJWKSet(new URL(metadata.jwks_uri)), {
        audience: 'api://other',
      }),
    ).rejects.toThrow(/aud/);
  });
});
