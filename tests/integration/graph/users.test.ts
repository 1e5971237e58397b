import { alice, bob, mallory, tenantId } from '../simulator/harness';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

describe('user search', () => {
  let f: GraphFixture;
  beforeEach(async () => {
    f = await startGraphFixture();
  });
  afterEach(() => f.close());

  it('finds users of the tenant whose display name starts with the prefix, quotes included', async () => {
    const obrien = 'c0000000-0000-4000-8000-0000000b1e11';
    await f.h.control('POST', '/_sim/users', {
      id: obrien,
      tenantId,
      displayName: "Dana O'Brien",
      userPrincipalName: 'dana@contoso.com',
    });
    expect((await f.graph.searchUsers(tenantId, 'ali')).map((u) => u.id)).toEqual([alice]);
    expect(await f.graph.searchUsers(tenantId, 'Bob A')).toEqual([
      { id: bob, displayName: 'Bob Agent', userPrincipalName: 'bob@contoso.com', mail: 'bob@contoso.com' },
    ]);
    expect((await f.graph.searchUsers(tenantId, "Dana O'B")).map((u) => u.id)).toEqual([obrien]);
    expect((await f.graph.searchUsers(tenantId, 'Mallory')).map((u) => u.id)).toEqual([]);
    expect((await f.graph.searchUsers(tenantId, '', 1)).length).toBe(1);
    expect((await f.requests('users')).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('gets one user, and undefined for a user it cannot see', async () => {
    expect(await f.graph.getUser(tenantId, alice)).toMatchObject({ id: alice, displayName: 'Alice Agent' });
    expect(await f.graph.getUser(tenantId, 'alice@contoso.com')).toMatchObject({ id: alice });
    expect(await f.graph.getUser(tenantId, mallory)).toBeUndefined();
  });
});
