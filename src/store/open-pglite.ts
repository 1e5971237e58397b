import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { EVENTS_CHANNEL, parseNotice } from './event-watch';
import type { OpenedDatabase, OpenOptions } from './open-options';

/** The `dataDir` that keeps PGlite's database in memory only. */
export const inMemory = 'memory://';

/**
 * Opens embedded PGlite (persisted under `dataDir`, or in memory) and applies pending migrations. PGlite is
 * one connection in this process, so there is nothing to lock against: transactions run one at a time.
 */
export async function openPglite(dataDir: string, options: OpenOptions): Promise<OpenedDatabase> {
  if (dataDir !== inMemory) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  try {
    const db = drizzle({ client });
    if (options.schema !== undefined) {
      await client.exec(
        `create schema if not exists "${options.schema}"; set search_path to "${options.schema}"`,
      );
    }
    await migrate(db, {
      migrationsFolder: options.migrationsFolder,
      migrationsSchema: options.schema ?? 'drizzle',
    });
    const schema = await currentSchema(client);
    // PGlite runs no autovacuum. Without statistics the planner takes every table for a small one and, for a
    // page of a tenant's log, sorts all of it after the page's start. Analyze at open and every ten minutes.
    await client.exec('analyze');
    const analyze = setInterval(() => {
      if (!client.closed) client.exec('analyze').catch(() => undefined);
    }, 10 * 60_000);
    analyze.unref();
    return {
      db,
      dialect: 'pglite',
      watchEvents: async (watcher) => {
        const unlisten = await client.listen(EVENTS_CHANNEL, (payload) => {
          const notice = parseNotice(payload, schema);
          if (notice) watcher.committed(notice);
        });
        return { close: () => (client.closed ? Promise.resolve() : unlisten()) };
      },
      close: () => {
        clearInterval(analyze);
        return client.close();
      },
    };
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** The schema the tables were created in: the one events' notices name (`TG_TABLE_SCHEMA`). */
async function currentSchema(client: PGlite): Promise<string> {
  const result = await client.query<{ schema: string }>('select current_schema() as schema');
  return result.rows[0]?.schema ?? 'public';
}
