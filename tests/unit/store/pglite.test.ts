import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, inMemory } from '../../../src/store';
import { describeStoreContract } from './store-contract';
import { heldAgentSkipped, heldHeadWaitedFor, overlappingMatchers } from './store-contract.matching';
import { appliedMigrations, reopening, shippedMigrations } from './store-contract.migrations';
import { anInteraction, newTenant } from './store-fixtures';

describeStoreContract('store on in-memory PGlite', () => createStore({ dataDir: inMemory }), {
  skip: [
    {
      reason: 'an in-memory PGlite database ends with its instance; reopening is checked on disk below',
      tests: [reopening],
    },
    {
      reason: 'PGlite is one connection: a second transaction waits for the first, so the two cannot overlap',
      tests: [overlappingMatchers, heldAgentSkipped, heldHeadWaitedFor],
    },
  ],
});

describe('store on PGlite persisted on disk', () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'switchboard-pglite-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its rows across close and reopen, applying no migration twice', async () => {
    const tenantId = newTenant();
    const stored = anInteraction(tenantId);
    const first = await createStore({ dataDir: join(dataDir, 'db') });
    await first.interactions.insert(stored);
    await first.close();
    const reopened = await createStore({ dataDir: join(dataDir, 'db') });
    try {
      expect(reopened.dialect).toBe('pglite');
      expect(await reopened.interactions.get(tenantId, stored.id)).toEqual(stored);
      expect(await appliedMigrations(reopened, 'drizzle.__drizzle_migrations')).toBe(shippedMigrations);
    } finally {
      await reopened.close();
    }
  });
});
