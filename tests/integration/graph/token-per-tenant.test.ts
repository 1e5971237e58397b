import { alice, mallory, otherTenantId, tenantId } from '../simulator/harness';
import { type ProxyHit, startCountingProxy } from './counting-proxy';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

const tokenPosts = (hits: ProxyHit[], tenant: string) =>
  hits.filter((hit) => hit.method === 'POST' && hit.path.split('?')[0] === `/${tenant}/oauth2/v2.0/token`);

describe('app-only tokens per tenant', () => {
  let f: GraphFixture;
  let entra: Awaited<ReturnType<typeof startCountingProxy>>;
  beforeEach(async () => {
    f = await startGraphFixture();
    entra = await startCountingProxy(f.h.simulator.authorityHost);
  });
  afterEach(async () => {
    await entra.close();
    await f.close();
  });

  it('fetches one token per tenant from Entra and reuses it for every later request', async () => {
    const graph = f.port({ authorityHost: entra.url });
    // Five requests at once before any token exists share one token request.
    const first = await Promise.all(Array.from({ length: 5 }, () => graph.searchUsers(tenantId, 'A')));
    expect(first.map((users) => users.map((u) => u.id))).toEqual(Array(5).fill([alice]));
    for (let i = 0; i < 3; i += 1) expect(await graph.getUser(tenantId, alice)).toMatchObject({ id: alice });
    expect(tokenPosts(entra.hits, tenantId)).toHaveLength(1);

    // Another tenant gets its own token: it sees its own users, and Contoso's token is not asked for again.
    expect((await graph.searchUsers(otherTenantId, 'M')).map((u) => u.id)).toEqual([mallory]);
    expect(await graph.getUser(otherTenantId, alice)).toBeUndefined();
    expect(tokenPosts(entra.hits, otherTenantId)).toHaveLength(1);
    expect(tokenPosts(entra.hits, tenantId)).toHaveLength(1);
    // MSAL found Entra's endpoints in its configuration: nothing but the two token requests reached Entra.
    expect(entra.hits).toHaveLength(2);
    expect((await f.requests()).map((r) => r.status)).toEqual([...Array(9).fill(200), 404]);
  });

  it('reports a wrong client secret as a GraphError with reason token', async () => {
    const graph = f.port({ authorityHost: entra.url, clientSecret: 'wrong' });
    await expect(graph.searchUsers(tenantId, 'A')).rejects.toMatchObject({
      name: 'GraphError',
      reason: 'token',
      status: 0,
      tenantId,
      code: 'invalid_client',
    });
    expect(await f.requests()).toEqual([]);
  });
});
