import { Client } from 'pg';
import { createStore, type Store } from '../../src/store';

/** PostgreSQL for benchmarks: the tests' database unless `TEST_DATABASE_URL` says otherwise. */
export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL answers at `postgresUrl`. */
export async function postgresAnswers(): Promise<boolean> {
  const client = new Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh schema name for one benchmark run. */
export function freshSchema(label: string): string {
  return `sb_bench_${label}_${process.pid}_${Date.now()}`;
}

/** Drops a benchmark's schema with everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** The store back ends a benchmark runs on: PGlite in memory, and PostgreSQL in a fresh schema when one answers. */
async function benchBackends(
  label: string,
): Promise<{ name: string; open(): Promise<Store>; cleanUp(): Promise<void> }[]> {
  const list = [
    {
      name: 'PGlite',
      open: () => createStore({ dataDir: 'memory://' }),
      cleanUp: async (): Promise<void> => undefined,
    },
  ];
  if (await postgresAnswers()) {
    const schema = freshSchema(label);
    list.push({
      name: 'PostgreSQL',
      open: () => createStore({ databaseUrl: postgresUrl, schema }),
      cleanUp: () => dropSchema(schema),
    });
  } else process.stdout.write(`PostgreSQL: none answers at ${postgresUrl}; its rows are not measured\n`);
  return list;
}

/** Runs `measure` on each back end in turn, each store closed and cleaned up after, and returns all its rows. */
export async function onEachStore(
  label: string,
  measure: (name: string, store: Store) => Promise<string[][]>,
): Promise<string[][]> {
  const rows: string[][] = [];
  for (const backend of await benchBackends(label)) {
    const store = await backend.open();
    try {
      rows.push(...(await measure(backend.name, store)));
    } finally {
      await store.close();
      await backend.cleanUp();
    }
  }
  return rows;
}
