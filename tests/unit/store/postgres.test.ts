import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { createStore, StoreError } from '../../../src/store';
import { describeStoreContract } from './store-contract';
import { appliedMigrations, shippedMigrations } from './store-contract.migrations';

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `store_test_${randomUUID().replaceAll('-', '')}`;
const freshSchema = `${schema}_fresh`;

/** Jest collects tests synchronously, so reachability is probed in a child process before anything runs. */
function reachable(url: string): boolean {
  const probe = `const { Client } = require('pg'); const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe, url], { timeout: 10_000 }).status === 0;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const dropSchemas = (...names: string[]) =>
  withAdmin(async (client) => {
    for (const name of names) await client.query(`drop schema if exists "${name}" cascade`);
  });

if (reachable(databaseUrl)) {
  afterAll(() => dropSchemas(schema, freshSchema));

  describeStoreContract('store on PostgreSQL', () => createStore({ databaseUrl, schema }), {
    journal: `"${schema}".__drizzle_migrations`,
  });

  describe('store on PostgreSQL: starting', () => {
    it('migrates a fresh database exactly once when several instances start at the same time', async () => {
      const stores = await Promise.all(
        Array.from({ length: 4 }, () => createStore({ databaseUrl, schema: freshSchema })),
      );
      try {
        expect(stores.map((s) => s.dialect)).toEqual(['postgres', 'postgres', 'postgres', 'postgres']);
        expect(await appliedMigrations(stores[0]!, `"${freshSchema}".__drizzle_migrations`)).toBe(
          shippedMigrations,
        );
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it('reports a connection the server dropped mid-transaction as StoreError unavailable', async () => {
      const store = await createStore({ databaseUrl, schema });
      try {
        const attempt = store.transaction(async (tx) => {
          const result = await tx.db.execute(sql`select pg_backend_pid() as pid`);
          const { pid } = (result as unknown as { rows: { pid: number }[] }).rows[0]!;
          await withAdmin((admin) => admin.query('select pg_terminate_backend($1)', [pid]));
          return tx.interactions.get('tenant', randomUUID());
        });
        const error = await attempt.catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreError);
        // The read fails, then so does drizzle's ROLLBACK on the dead connection, and that error wins.
        expect(error).toMatchObject({ reason: 'unavailable' });
      } finally {
        await store.close();
      }
    });

    it('reports a database it cannot reach as StoreError unavailable', async () => {
      const error = await createStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ reason: 'unavailable', operation: 'store.open' });
    });
  });
} else if (process.env.CI) {
  describe('store on PostgreSQL', () => {
    it(`needs PostgreSQL at ${databaseUrl} (CI must run this suite)`, () => {
      throw new Error(`PostgreSQL is unreachable at ${databaseUrl}; set TEST_DATABASE_URL or start it`);
    });
  });
} else {
  console.warn(
    `The store contract did NOT run on PostgreSQL: nothing answers at ${databaseUrl} (set TEST_DATABASE_URL).`,
  );
  describe.skip(`store on PostgreSQL: NOT RUN, nothing answers at ${databaseUrl} (set TEST_DATABASE_URL)`, () => {
    it('runs the store contract on PostgreSQL', () => undefined);
  });
}
