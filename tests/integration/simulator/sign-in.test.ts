import { decodeJwt } from 'jose';
import { type Simulator, startSimulator } from '../../../simulator/server';

const tenantId = '3a1f6c2e-7b8d-4e9f-a0b1-c2d3e4f5a6b7';
const ann = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const tab = 'http://localhost:3978/tabs/agent/';

describe("the simulator's sign-in page for tabs opened in a browser", () => {
  let simulator: Simulator;
  beforeAll(async () => {
    simulator = await startSimulator();
    const post = (path: string, body: unknown) =>
      fetch(`${simulator.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await post('/_sim/tenants', { tenantId, displayName: 'Northwind' });
    await post('/_sim/users', {
      id: ann,
      tenantId,
      displayName: 'Ann <Sales>',
      userPrincipalName: 'ann@northwind.example',
    });
  });
  afterAll(() => simulator.close());

  const signIn = (query: Record<string, string>) =>
    fetch(`${simulator.url}/_sim/sign-in?${new URLSearchParams(query)}`, { redirect: 'manual' });

  it('lists the simulated users by tenant, each a link that signs in as them', async () => {
    const response = await signIn({ redirect_uri: tab, audience: 'api://switchboard', state: 's1' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h2>Northwind</h2>');
    expect(html).toContain('Ann &#60;Sales&#62;');
    expect(html).toContain(`user=${ann}`);
  });

  it('returns to the tab with a user token for the audience asked, and the state sent, in the fragment', async () => {
    const response = await signIn({
      redirect_uri: tab,
      audience: 'api://switchboard',
      state: 's1',
      user: ann,
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(tab);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(fragment.get('state')).toBe('s1');
    expect(fragment.get('token_type')).toBe('Bearer');
    expect(Number(fragment.get('expires_in'))).toBeGreaterThan(0);
    const claims = decodeJwt(fragment.get('access_token')!);
    expect(claims).toMatchObject({
      aud: 'api://switchboard',
      oid: ann,
      tid: tenantId,
      scp: 'access_as_user',
    });
  });

  it.each([
    [
      'another host',
      { redirect_uri: 'http://evil.example/tabs/agent/' },
      'must be on the host the sign-in was asked on',
    ],
    ['a script address', { redirect_uri: 'javascript:alert(1)' }, 'must be http or https'],
    ['a fragment', { redirect_uri: `${tab}#x` }, 'must not have a fragment'],
    ['no redirect address', { redirect_uri: undefined }, 'redirect_uri is required'],
    ['a relative address', { redirect_uri: '/tabs/agent/' }, 'redirect_uri is not an absolute URL'],
    ['no audience', { audience: undefined }, 'audience is required'],
    ['an unknown user', { user: 'nobody' }, "user 'nobody' does not exist"],
    ['an unknown parameter', { prompt: 'login' }, 'prompt'],
  ])('refuses %s with a page saying why, and never redirects', async (_what, change, reason) => {
    const query: Record<string, string | undefined> = {
      redirect_uri: tab,
      audience: 'api://switchboard',
      user: ann,
      ...change,
    };
    const defined = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<
      string,
      string
    >;
    const response = await signIn(defined);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(reason.replace(/'/g, '&#39;'));
  });
});
