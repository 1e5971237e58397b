import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool, type PoolClient } from 'pg';
import type { OpenedDatabase, OpenOptions } from './open-options';
import { watchPostgres } from './watch-postgres';

/**
 * Opens a pool on PostgreSQL and applies pending migrations. drizzle's migrator takes no lock, so several
 * instances starting together serialise on a `pg_advisory_lock` keyed by the schema.
 */
export async function openPostgres(databaseUrl: string, options: OpenOptions): Promise<OpenedDatabase> {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // A connection that breaks (server restart, failover) emits 'error', and with no listener node would
  // crash the process. The pool drops a broken idle connection and the next query opens another; a query
  // on a broken checked-out connection rejects, and callers get that as StoreError 'unavailable'.
  const ignoreBrokenConnection = () => undefined;
  pool.on('error', ignoreBrokenConnection);
  pool.on('connect', (client) => client.on('error', ignoreBrokenConnection));
  try {
    const client = await pool.connect();
    let schema: string;
    try {
      await migrateLocked(client, options);
      const current = await client.query<{ schema: string }>('select current_schema() as schema');
      schema = current.rows[0]?.schema ?? 'public';
    } finally {
      client.release();
    }
    return {
      db: drizzle({ client: pool }),
      dialect: 'postgres',
      watchEvents: (watcher) => watchPostgres(databaseUrl, schema, watcher),
      close: () => pool.end(),
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function migrateLocked(client: PoolClient, options: OpenOptions): Promise<void> {
  const key = `switchboard.migrations.${options.schema ?? 'public'}`;
  await client.query('select pg_advisory_lock(hashtext($1))', [key]);
  try {
    if (options.schema !== undefined) await client.query(`create schema if not exists "${options.schema}"`);
    await migrate(drizzle({ client }), {
      migrationsFolder: options.migrationsFolder,
      migrationsSchema: options.schema ?? 'drizzle',
    });
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [key]);
  }
}
