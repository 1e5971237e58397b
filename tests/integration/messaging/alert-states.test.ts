import { queueAlertRepository, type Store } from '../../../src/store';
import { backends } from '../contact-center/backends';

describe.each(backends())('queue alert states in the store, on %s', (_name, openStore) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore();
  });
  afterEach(() => store.close());
  const alert = { tenantId: 't1', queueId: 'sales', threshold: 'waitingCalls' };

  it('tells exactly one of many concurrent callers that it raised a crossing', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        store.transaction((tx) => queueAlertRepository(tx.db).raise(alert, 1000)),
      ),
    );
    expect(results.filter((r) => r !== undefined)).toEqual([1]);
  });

  it('numbers crossings, and raises again only after being cleared', async () => {
    const alerts = queueAlertRepository(store.db);
    expect(await alerts.raise(alert, 1)).toBe(1);
    expect(await alerts.raise(alert, 2)).toBeUndefined();
    expect(await alerts.clear(alert, 3)).toBe(true);
    expect(await alerts.clear(alert, 4)).toBe(false);
    expect(await alerts.raise(alert, 5)).toBe(2);
    expect(await alerts.raise({ ...alert, threshold: 'longestWaitSeconds' }, 6)).toBe(1);
  });
});
