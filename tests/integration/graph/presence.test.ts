import { tenantId } from '../simulator/harness';
import { type GraphFixture, startGraphFixture } from './graph-fixture';

const userId = (i: number) => `d0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

describe('presence of many agents', () => {
  let f: GraphFixture;
  beforeEach(async () => {
    f = await startGraphFixture();
  });
  afterEach(() => f.close());

  const register = async (count: number) => {
    const ids = Array.from({ length: count }, (_, i) => userId(i));
    for (let i = 0; i < ids.length; i += 100) {
      await Promise.all(
        ids.slice(i, i + 100).map(async (id, j) => {
          const user = {
            id,
            tenantId,
            displayName: `Agent ${i + j}`,
            userPrincipalName: `agent${i + j}@contoso.com`,
          };
          expect((await f.h.control('POST', '/_sim/users', user)).status).toBe(201);
        }),
      );
    }
    return ids;
  };

  it('reads 1,300 users in two requests of 650 ids', async () => {
    const ids = await register(1300);
    await f.h.control('POST', `/_sim/users/${ids[7]}/presence`, { availability: 'Away', activity: 'Away' });
    const presences = await f.graph.getPresences(tenantId, [...ids, ids[0]!]);
    expect(presences).toHaveLength(1300);
    expect(new Set(presences.map((p) => p.userId))).toEqual(new Set(ids));
    expect(presences.find((p) => p.userId === ids[0])).toEqual({
      userId: ids[0],
      availability: 'Available',
      activity: 'Available',
    });
    expect(presences.find((p) => p.userId === ids[7])).toMatchObject({
      availability: 'Away',
      activity: 'Away',
    });
    const requests = await f.requests('getPresencesByUserId');
    expect(requests.map((r) => [r.status, r.body.ids?.length])).toEqual([
      [200, 650],
      [200, 650],
    ]);
  });

  it('waits for the sliding window rather than exceed the tenant limit', async () => {
    const ids = await register(3);
    const graph = f.port({ presenceLimit: { limit: 2, windowMs: 600 } });
    const started = Date.now();
    const done = await Promise.all(
      ids.map(async (id) => {
        await graph.getPresences(tenantId, [id]);
        return Date.now() - started;
      }),
    );
    expect(done[0]).toBeLessThan(400);
    expect(done[1]).toBeLessThan(400);
    expect(done[2]).toBeGreaterThanOrEqual(590);
    expect(await f.requests('getPresencesByUserId')).toHaveLength(3);
  });
});
